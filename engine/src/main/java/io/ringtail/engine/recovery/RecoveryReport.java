package io.ringtail.engine.recovery;

import io.ringtail.journal.JournalOpenReport;

import java.nio.file.Path;

/**
 * What start-up recovery did: events replayed, where the sequence continues, how long it took.
 *
 * @param events            events replayed from the journal (after the snapshot, when one was used)
 * @param lastSequence      sequence of the last event recovered; the next event gets the one after
 * @param journal           what opening the journal found
 * @param nanos             time spent restoring the snapshot and replaying
 * @param snapshotSequence  sequence of the snapshot recovery started from; 0 when it replayed the whole journal
 * @param snapshotFile      that snapshot's file, null when none was used
 * @param snapshotsRejected snapshots that were valid files but could not be restored, and were passed over
 */
public record RecoveryReport(long events, long lastSequence, JournalOpenReport journal, long nanos,
                             long snapshotSequence, Path snapshotFile, int snapshotsRejected) {
    /** What an engine without a journal recovers: nothing, from nowhere. */
    public static RecoveryReport none() {
        return new RecoveryReport(0, 0, new JournalOpenReport(0, 0, 0, 0, ""), 0, 0, null, 0);
    }

    public boolean fromSnapshot() {
        return snapshotFile != null;
    }
}
