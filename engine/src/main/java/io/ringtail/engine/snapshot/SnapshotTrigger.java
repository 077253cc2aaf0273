package io.ringtail.engine.snapshot;

import io.ringtail.journal.snapshot.SnapshotPolicy;

import java.util.concurrent.TimeUnit;

/**
 * When the next state snapshot is due: events and time since the last one, against the {@link SnapshotPolicy}.
 * Used by whichever thread takes the snapshots (the writer, or the replica); that thread only.
 */
final class SnapshotTrigger {
    private final SnapshotPolicy policy;
    private long lastSequence;
    private long lastNanos;

    /** @param lastSequence the sequence of the snapshot recovery started from, 0 when none */
    SnapshotTrigger(SnapshotPolicy policy, long lastSequence, long nowNanos) {
        this.policy = policy;
        this.lastSequence = lastSequence;
        this.lastNanos = nowNanos;
    }

    /**
     * True when a snapshot at {@code sequence} is due now; it is then counted as taken (a skipped or failed one
     * too: the next is due a whole interval later, not at once).
     */
    boolean fire(long sequence, long nowNanos) {
        long events = sequence - lastSequence;
        if (events <= 0 || !policy.due(events, TimeUnit.NANOSECONDS.toMillis(nowNanos - lastNanos))) {
            return false;
        }
        lastSequence = sequence;
        lastNanos = nowNanos;
        return true;
    }
}
