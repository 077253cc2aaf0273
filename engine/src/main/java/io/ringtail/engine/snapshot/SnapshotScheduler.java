package io.ringtail.engine.snapshot;

import io.ringtail.engine.BatchCommitListener;
import io.ringtail.engine.domain.SnapshotCodec;
import io.ringtail.journal.snapshot.SnapshotPolicy;

import java.nio.ByteBuffer;

/**
 * Writer thread, at each committed batch boundary: decides by the {@link SnapshotPolicy} whether a snapshot
 * is due, and if so serializes the domain state into a staging buffer (reused, so steady state does not
 * allocate) and hands it to the {@link SnapshotWriterAgent}. The state is captured after the batch's journal
 * commit, so the snapshot never holds an event the journal does not. A snapshot that falls due while the
 * previous one is still being written is skipped, never waited for.
 */
final class SnapshotScheduler implements BatchCommitListener {
    private final SnapshotTrigger trigger;
    private final SnapshotCapture capture;
    private final SnapshotWriterAgent writer;
    private final SnapshotCounters counters;

    /** @param recoveredSequence the sequence of the snapshot recovery started from, 0 when none */
    SnapshotScheduler(SnapshotPolicy policy, SnapshotCodec codec, SnapshotWriterAgent writer, SnapshotCounters counters,
                      long recoveredSequence) {
        this.trigger = new SnapshotTrigger(policy, recoveredSequence, System.nanoTime());
        this.capture = new SnapshotCapture(codec, counters);
        this.writer = writer;
        this.counters = counters;
    }

    /** After a batch's journal commit succeeded; {@code lastSequence} is the last event journaled. */
    @Override
    public void onBatchCommitted(long lastSequence) {
        // Infrastructure timing on the writer thread, as for commit latency: the domain never sees a clock.
        long now = System.nanoTime();
        if (!trigger.fire(lastSequence, now)) {
            return;
        }
        if (writer.busy()) {
            counters.onSkipped();
            return;
        }
        ByteBuffer payload = capture.capture(lastSequence, now);
        if (payload != null) {
            writer.handOff(lastSequence, capture.formatVersion(), payload);
        }
    }
}
