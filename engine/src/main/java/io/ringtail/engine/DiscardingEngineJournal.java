package io.ringtail.engine;

import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalAppender;
import io.ringtail.journal.snapshot.SnapshotStore;

/**
 * No journal: every append is dropped, so the writer can be measured alone. Nothing is durable, recovery
 * starts from a fresh domain, and a state that a failed command left uncertain cannot be rebuilt. Measurement
 * only, never the server's default; {@link EngineConfig#withoutJournal()} turns snapshots off with it.
 */
final class DiscardingEngineJournal implements EngineJournal {
    private final DiscardingJournalAppender appender = new DiscardingJournalAppender();

    @Override
    public RecoveryReport recover(Domain domain) {
        domain.reset();
        return RecoveryReport.none();
    }

    @Override
    public JournalAppender createAppender() {
        return appender;
    }

    @Override
    public long rebuild(Domain domain) {
        throw new IllegalStateException("engine runs without a journal: state cannot be restored");
    }

    @Override
    public long headSequence() {
        // Sequences start at 1 and have no gaps, so the last one appended is the count.
        return appender.lastSequence();
    }

    @Override
    public Journal journal() {
        throw new IllegalStateException("engine runs without a journal");
    }

    @Override
    public SnapshotStore snapshotStore() {
        throw new IllegalStateException("engine runs without a journal");
    }

    @Override
    public String describe(RecoveryReport recovery) {
        return "WITHOUT a journal (measurement only: nothing is durable or recoverable)";
    }

    @Override
    public void close() {
    }
}
