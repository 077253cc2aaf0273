package io.ringtail.trading.view;

import io.ringtail.journal.EventRecord;
import io.ringtail.trading.TradingEventType;

/** What every trading projection checks before it trusts an event's layout. */
final class SchemaCheck {
    private SchemaCheck() {
    }

    /** A layout these views do not know must stop the projection, not be misread. */
    static void checkSchema(EventRecord record) {
        if (record.schemaVersion() != TradingEventType.SCHEMA_VERSION) {
            throw new IllegalStateException("unsupported trading event schema " + record.schemaVersion()
                + " of " + TradingEventType.name(record.typeId()) + " at sequence " + record.sequence());
        }
    }
}
