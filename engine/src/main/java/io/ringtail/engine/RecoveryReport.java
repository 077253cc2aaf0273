package io.ringtail.engine;

import io.ringtail.journal.JournalOpenReport;

/** What start-up recovery did: events replayed, where the sequence continues, how long it took. */
public record RecoveryReport(long events, long lastSequence, JournalOpenReport journal, long nanos) {
}
