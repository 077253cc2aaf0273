package io.ringtail.engine.recovery;

import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.SnapshotCodec;
import io.ringtail.journal.Journal;
import io.ringtail.journal.snapshot.LoadedSnapshot;
import io.ringtail.journal.snapshot.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/**
 * Rebuilds the domain state: the newest snapshot the journal reaches (its sequence at or below the journal's
 * last), restored and followed by the journal tail after it; or, without a usable snapshot, the whole journal.
 *
 * <p>A snapshot whose file is damaged is already passed over by the {@link SnapshotStore}. One whose bytes
 * the domain cannot restore, or whose tail replay fails, is logged and the next older one tried, down to a
 * full replay, which is always possible because the journal is the source of truth.
 */
public final class StateRecovery {
    private static final Logger LOG = LoggerFactory.getLogger(StateRecovery.class);

    private StateRecovery() {
    }

    /** @param store the snapshots, or null to replay the whole journal */
    public static RecoveryReport recover(Journal journal, Domain domain, SnapshotStore store) {
        long started = System.nanoTime();
        Optional<SnapshotCodec> codec = domain.snapshotCodec();
        int rejected = 0;
        if (store != null && codec.isPresent()) {
            long maxSequence = journal.headSequence();
            while (maxSequence >= 0) {
                Optional<LoadedSnapshot> found;
                try {
                    found = store.loadNewest(maxSequence);
                } catch (RuntimeException e) {
                    // The journal alone is enough: a snapshot folder that cannot even be listed costs time, not state.
                    LOG.warn("snapshots in {} cannot be read; replaying the whole journal", store.directory(), e);
                    break;
                }
                if (found.isEmpty()) {
                    break;
                }
                try (LoadedSnapshot snapshot = found.get()) {
                    try {
                        domain.reset();
                        codec.get().read(snapshot.payload(), snapshot.payload().capacity(), snapshot.formatVersion());
                        JournalReplay tail = JournalReplay.replayAfter(journal, domain, snapshot.sequence());
                        return new RecoveryReport(tail.events(), tail.lastSequence(), journal.openReport(),
                            System.nanoTime() - started, snapshot.sequence(), snapshot.file(), rejected);
                    } catch (RuntimeException e) {
                        rejected++;
                        LOG.warn("snapshot {} at sequence {} could not be restored; trying an older one", snapshot.file(),
                            snapshot.sequence(), e);
                        maxSequence = snapshot.sequence() - 1;
                    }
                }
            }
        }
        JournalReplay all = JournalReplay.replayAll(journal, domain);
        return new RecoveryReport(all.events(), all.lastSequence(), journal.openReport(), System.nanoTime() - started,
            0, null, rejected);
    }
}
