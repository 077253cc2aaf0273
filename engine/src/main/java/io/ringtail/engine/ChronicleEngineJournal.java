package io.ringtail.engine;

import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.engine.recovery.StateRecovery;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalAppender;
import io.ringtail.journal.JournalConfig;
import io.ringtail.journal.snapshot.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/** The engine's journal in the configured data directory, and the state snapshots recovery starts from. */
final class ChronicleEngineJournal implements EngineJournal {
    private static final Logger LOG = LoggerFactory.getLogger(ChronicleEngineJournal.class);

    private final Journal journal;
    private final SnapshotStore snapshots;

    private ChronicleEngineJournal(Journal journal, SnapshotStore snapshots) {
        this.journal = journal;
        this.snapshots = snapshots;
    }

    static ChronicleEngineJournal open(EngineConfig config) {
        Journal journal = Journal.open(new JournalConfig(config.journalDirectory(), config.durability()));
        try {
            return new ChronicleEngineJournal(journal,
                new SnapshotStore(config.snapshotDirectory(), config.snapshotPolicy().keep()));
        } catch (RuntimeException | Error e) {
            journal.close();
            throw e;
        }
    }

    @Override
    public RecoveryReport recover(Domain domain) {
        return StateRecovery.recover(journal, domain, snapshots);
    }

    @Override
    public JournalAppender createAppender() {
        return journal.createAppender();
    }

    @Override
    public long rebuild(Domain domain) {
        RecoveryReport rebuilt = StateRecovery.recover(journal, domain, snapshots);
        LOG.warn("domain state rebuilt after a failed command from {} and {} journaled events to sequence {}",
            rebuilt.fromSnapshot() ? "snapshot " + rebuilt.snapshotFile() : "no snapshot", rebuilt.events(),
            rebuilt.lastSequence());
        return rebuilt.lastSequence();
    }

    @Override
    public long headSequence() {
        return journal.headSequence();
    }

    @Override
    public Journal journal() {
        return journal;
    }

    @Override
    public SnapshotStore snapshotStore() {
        return snapshots;
    }

    @Override
    public String describe(RecoveryReport recovery) {
        return "recovered to sequence " + recovery.lastSequence() + " in "
            + TimeUnit.NANOSECONDS.toMillis(recovery.nanos()) + " ms from "
            + (recovery.fromSnapshot() ? "snapshot " + recovery.snapshotFile() : "no snapshot") + " and "
            + recovery.events() + " journaled events"
            + (recovery.journal().tornTailDetected() ? " (torn tail: " + recovery.journal().detail() + ")" : "");
    }

    @Override
    public void close() {
        journal.close();
    }
}
