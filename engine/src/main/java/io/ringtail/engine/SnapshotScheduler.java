package io.ringtail.engine;

import io.ringtail.engine.domain.SnapshotCodec;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import org.agrona.ExpandableDirectByteBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


/**
 * Writer thread, at each committed batch boundary: decides by the {@link SnapshotPolicy} whether a snapshot
 * is due, and if so serializes the domain state into a staging buffer (reused, so steady state does not
 * allocate) and hands it to the {@link SnapshotWriter}. The state is captured after the batch's journal
 * commit, so the snapshot never holds an event the journal does not. A snapshot that falls due while the
 * previous one is still being written is skipped, never waited for.
 */
final class SnapshotScheduler {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotScheduler.class);
    private static final int INITIAL_STAGING_BYTES = 64 * 1024;

    private final SnapshotTrigger trigger;
    private final SnapshotCodec codec;
    private final SnapshotWriter writer;
    private final SnapshotCounters counters;
    private final ExpandableDirectByteBuffer staging = new ExpandableDirectByteBuffer(INITIAL_STAGING_BYTES);

    /** @param recoveredSequence the sequence of the snapshot recovery started from, 0 when none */
    SnapshotScheduler(SnapshotPolicy policy, SnapshotCodec codec, SnapshotWriter writer, SnapshotCounters counters,
                      long recoveredSequence) {
        this.trigger = new SnapshotTrigger(policy, recoveredSequence, System.nanoTime());
        this.codec = codec;
        this.writer = writer;
        this.counters = counters;
    }

    /** After a batch's journal commit succeeded; {@code lastSequence} is the last event journaled. */
    void onBatchCommitted(long lastSequence) {
        // Infrastructure timing on the writer thread, as for commit latency: the domain never sees a clock.
        long now = System.nanoTime();
        if (!trigger.fire(lastSequence, now)) {
            return;
        }
        if (writer.busy()) {
            counters.onSkipped();
            return;
        }
        int length;
        try {
            length = codec.write(staging);
        } catch (RuntimeException | OutOfMemoryError e) {
            counters.onFailed();
            LOG.error("capturing a snapshot at sequence {} failed; the engine carries on without it", lastSequence, e);
            return;
        }
        counters.onCaptured(System.nanoTime() - now, length);
        writer.handOff(lastSequence, codec.formatVersion(), staging.byteBuffer().duplicate().position(0).limit(length));
    }
}
