package io.ringtail.engine;

import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalAppender;
import io.ringtail.journal.snapshot.SnapshotStore;

/**
 * Where the writer's events go and what start-up recovers from: the Chronicle Queue journal with its state
 * snapshots ({@link ChronicleEngineJournal}), or nothing at all, to measure the writer alone
 * ({@link DiscardingEngineJournal}). The engine is wired the same way over either.
 */
public interface EngineJournal extends AutoCloseable {
    /** Opens the journal the configuration asks for. */
    static EngineJournal open(EngineConfig config) {
        return config.journalEnabled() ? ChronicleEngineJournal.open(config) : new DiscardingEngineJournal();
    }

    /** Before the writer runs: brings {@code domain} to the last journaled state. */
    RecoveryReport recover(Domain domain);

    /** The one appender, for the writer thread. */
    JournalAppender createAppender();

    /**
     * Writer thread, after an in-memory failure left the state uncertain: rebuilds {@code domain} from durable
     * history; returns the last sequence recovered.
     */
    long rebuild(Domain domain);

    /** Sequence of the last event journaled; any thread. */
    long headSequence();

    /** @throws IllegalStateException when there is no journal (measurement only) */
    Journal journal();

    /** @throws IllegalStateException when there is no journal (measurement only) */
    SnapshotStore snapshotStore();

    /** One line for the start-up log: where recovery came from. */
    String describe(RecoveryReport recovery);

    @Override
    void close();
}
