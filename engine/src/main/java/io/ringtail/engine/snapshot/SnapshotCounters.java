package io.ringtail.engine.snapshot;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Counters of state snapshots. Each one has a single writer (the writer thread for captures and skips, the
 * snapshot thread for writes and failures), published with release stores; metrics read them at scrape time.
 */
public final class SnapshotCounters {
    private static final int WRITTEN = 0;
    private static final int SKIPPED = 1;
    private static final int FAILED = 2;
    private static final int LAST_SEQUENCE = 3;
    private static final int CAPTURES = 4;
    private static final int CAPTURE_NANOS = 5;
    private static final int LAST_CAPTURE_NANOS = 6;
    private static final int LAST_BYTES = 7;
    private static final int WRITE_NANOS = 8;
    private static final int LAST_WRITE_NANOS = 9;
    private static final int SCALARS = 10;

    private final AtomicLongArray scalars = new AtomicLongArray(SCALARS);

    /** Writer thread: the state was serialized into the staging buffer. */
    void onCaptured(long nanos, int bytes) {
        bump(CAPTURES, 1);
        bump(CAPTURE_NANOS, nanos);
        scalars.lazySet(LAST_CAPTURE_NANOS, nanos);
        scalars.lazySet(LAST_BYTES, bytes);
    }

    /** Writer thread: a snapshot was due while the previous one was still being written. */
    void onSkipped() {
        bump(SKIPPED, 1);
    }

    /** Snapshot thread for writes; the writer thread when capturing itself failed. */
    void onFailed() {
        bump(FAILED, 1);
    }

    /** Snapshot thread: a snapshot file at {@code sequence} is on disk. */
    void onWritten(long sequence, long nanos) {
        bump(WRITE_NANOS, nanos);
        scalars.lazySet(LAST_WRITE_NANOS, nanos);
        scalars.lazySet(LAST_SEQUENCE, sequence);
        bump(WRITTEN, 1);
    }

    public long written() {
        return scalars.get(WRITTEN);
    }

    public long skipped() {
        return scalars.get(SKIPPED);
    }

    public long failed() {
        return scalars.get(FAILED);
    }

    /** Sequence of the newest snapshot written by this process; 0 when none yet. */
    public long lastSequence() {
        return scalars.get(LAST_SEQUENCE);
    }

    public long captures() {
        return scalars.get(CAPTURES);
    }

    /** Total nanos the writer thread spent serializing state, over {@link #captures()}. */
    public long captureNanos() {
        return scalars.get(CAPTURE_NANOS);
    }

    public long lastCaptureNanos() {
        return scalars.get(LAST_CAPTURE_NANOS);
    }

    public long lastBytes() {
        return scalars.get(LAST_BYTES);
    }

    /** Total nanos the snapshot thread spent writing and forcing files, over {@link #written()}. */
    public long writeNanos() {
        return scalars.get(WRITE_NANOS);
    }

    public long lastWriteNanos() {
        return scalars.get(LAST_WRITE_NANOS);
    }

    private void bump(int index, long delta) {
        scalars.lazySet(index, scalars.get(index) + delta);
    }
}
