package io.ringtail.journal.snapshot;

/**
 * When to take a snapshot and how many to keep.
 *
 * @param everyEvents a snapshot after at least this many events since the last one; 0 turns this trigger off
 * @param everyMillis a snapshot after at least this many milliseconds since the last one; 0 turns this trigger off
 * @param keep        how many snapshot files to keep, newest first; at least 1
 */
public record SnapshotPolicy(long everyEvents, long everyMillis, int keep) {
    public SnapshotPolicy {
        if (everyEvents < 0) {
            throw new IllegalArgumentException("snapshot everyEvents must be >= 0 (0 = off), was " + everyEvents);
        }
        if (everyMillis < 0) {
            throw new IllegalArgumentException("snapshot everyMillis must be >= 0 (0 = off), was " + everyMillis);
        }
        if (keep < 1) {
            throw new IllegalArgumentException("snapshot keep must be >= 1, was " + keep);
        }
    }

    public static SnapshotPolicy disabled() {
        return new SnapshotPolicy(0, 0, 1);
    }

    public boolean enabled() {
        return everyEvents > 0 || everyMillis > 0;
    }

    /**
     * True when a snapshot is due given events and millis since the last one. An idle engine is never due:
     * a snapshot of unchanged state would only push an equally good one out of the kept set.
     */
    public boolean due(long eventsSinceLast, long millisSinceLast) {
        if (eventsSinceLast <= 0) {
            return false;
        }
        return (everyEvents > 0 && eventsSinceLast >= everyEvents)
                || (everyMillis > 0 && millisSinceLast >= everyMillis);
    }
}
