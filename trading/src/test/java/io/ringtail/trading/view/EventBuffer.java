package io.ringtail.trading.view;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.projection.Projection;
import io.ringtail.journal.EventRecord;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Hand-made trading events for unit tests: an {@link EventSink} that {@code TradingEventEncoder} writes
 * into, numbering events from 1 with one command id per event, which {@link #applyTo} feeds to a projection.
 */
final class EventBuffer implements EventSink {
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(4096);
    private final EventRecord record = new EventRecord();
    private int length;
    private int applied;
    private long nextSequence = 1;

    @Override
    public int claim(int typeId, int schemaVersion, int bodyLength) {
        EventRecord.writeHeader(buffer, length, nextSequence, nextSequence, 1_000 + nextSequence, typeId, schemaVersion, bodyLength);
        nextSequence++;
        int body = length + EventRecord.HEADER_LENGTH;
        length = body + bodyLength;
        return body;
    }

    @Override
    public MutableDirectBuffer buffer() {
        return buffer;
    }

    @Override
    public long nextSequence() {
        return nextSequence;
    }

    @Override
    public int eventCount() {
        return (int) (nextSequence - 1);
    }

    /** Applies the events written since the previous call. */
    void applyTo(Projection projection) {
        while (applied < length) {
            projection.apply(record.wrap(buffer, applied));
            applied += record.encodedLength();
        }
    }
}
