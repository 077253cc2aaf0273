package io.ringtail.engine.projection;

import io.ringtail.journal.snapshot.LoadedSnapshot;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.journal.snapshot.SnapshotStore;
import org.agrona.concurrent.UnsafeBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One projection's view snapshots: restoring the newest valid one at start, and taking new ones.
 *
 * <p>Taking one has two halves. On the projection thread, at a batch boundary when the policy says it is
 * due, the view is copied into a staging buffer (memory copies only, the pause is measured); a thread of
 * its own then writes the staging buffer to the {@link SnapshotStore}, which makes the file durable and
 * atomic. While a write is still running the staging buffer is busy: a snapshot that falls due then is
 * skipped and counted, never queued, so a slow disk can cost snapshots but never block the projection.
 * Counters are written by one thread each and readable from any.
 */
public final class ProjectionSnapshots implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionSnapshots.class);
    private static final long CLOSE_WAIT_SECONDS = 30;

    private final String name;
    private final SnapshotPolicy policy;
    private final SnapshotStore store;
    private final ExecutorService writer;

    private final AtomicLong written = new AtomicLong();
    private final AtomicLong skipped = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicLong lastWrittenSequence = new AtomicLong();
    private final AtomicLong lastCaptureNanos = new AtomicLong();
    private final AtomicLong restoredSequence = new AtomicLong(-1);
    private volatile boolean writing;

    // Projection thread only.
    private ByteBuffer staging;
    private UnsafeBuffer stagingView;
    private long lastCapturedSequence;
    private long lastCapturedAtMillis;

    ProjectionSnapshots(String projectionName, Path directory, SnapshotPolicy policy, long nowMillis) {
        this.name = projectionName;
        this.policy = policy;
        this.store = new SnapshotStore(directory, policy.keep());
        this.writer = Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ringtail-view-snapshot-" + projectionName);
            thread.setDaemon(true);
            return thread;
        });
        this.lastCapturedAtMillis = nowMillis;
    }

    /**
     * Projection thread, before any event: restores the newest snapshot with a sequence at or below
     * {@code headSequence} that the projection accepts, trying older ones when one fails.
     *
     * @return the restored snapshot's sequence, or 0 when none was restored (replay from the start)
     */
    long restoreNewest(SnapshottableProjection projection, long headSequence, long nowMillis) {
        long maxSequence = headSequence;
        while (maxSequence >= 0) {
            Optional<LoadedSnapshot> newest = store.loadNewest(maxSequence);
            if (newest.isEmpty()) {
                break;
            }
            try (LoadedSnapshot snapshot = newest.get()) {
                long started = System.nanoTime();
                try {
                    projection.restoreSnapshot(snapshot.payload(), snapshot.formatVersion());
                } catch (RuntimeException e) {
                    LOG.warn("Projection '{}' cannot use snapshot {} ({}); trying an older one", name, snapshot.file(), e.toString());
                    maxSequence = snapshot.sequence() - 1;
                    continue;
                }
                LOG.info("Projection '{}' restored its view from {} (sequence {}, {} bytes) in {} ms", name, snapshot.file(),
                    snapshot.sequence(), snapshot.payload().capacity(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
                onRestored(snapshot.sequence(), nowMillis);
                return snapshot.sequence();
            }
        }
        LOG.info("Projection '{}' has no usable view snapshot at or below sequence {}: replaying from the first event", name, headSequence);
        onRestored(0, nowMillis);
        return 0;
    }

    private void onRestored(long sequence, long nowMillis) {
        restoredSequence.lazySet(sequence);
        lastCapturedSequence = sequence;
        lastCapturedAtMillis = nowMillis;
    }

    /** Projection thread: the view was emptied for a rebuild; the next snapshot is counted from the start. */
    void onRebuild(long nowMillis) {
        lastCapturedSequence = 0;
        lastCapturedAtMillis = nowMillis;
    }

    /** Projection thread, at a batch boundary with {@code applied} the watermark: snapshots the view if due. */
    void afterBatch(SnapshottableProjection projection, long applied, long nowMillis) {
        if (!policy.due(applied - lastCapturedSequence, nowMillis - lastCapturedAtMillis)) {
            return;
        }
        lastCapturedSequence = applied;
        lastCapturedAtMillis = nowMillis;
        if (writing) {
            skipped.lazySet(skipped.get() + 1);
            return;
        }
        long started = System.nanoTime();
        int length;
        try {
            ensureStaging(projection.snapshotLength());
            length = projection.captureSnapshot(stagingView);
        } catch (RuntimeException | OutOfMemoryError e) {
            failed.incrementAndGet(); // both threads count failures
            LOG.error("Projection '{}' could not capture a view snapshot at {}", name, applied, e);
            return;
        }
        lastCaptureNanos.lazySet(System.nanoTime() - started);
        ByteBuffer payload = staging.duplicate().position(0).limit(length);
        int formatVersion = projection.snapshotFormatVersion();
        writing = true;
        try {
            writer.execute(() -> write(applied, formatVersion, payload));
        } catch (RuntimeException e) { // shut down: the agent is closing
            writing = false;
        }
    }

    private void write(long sequence, int formatVersion, ByteBuffer payload) {
        Exception failure = null;
        try {
            store.write(sequence, formatVersion, payload);
        } catch (Exception e) {
            failure = e;
        }
        // Free before counting: whoever sees the outcome counted may capture the next snapshot at once.
        writing = false;
        if (failure == null) {
            lastWrittenSequence.lazySet(sequence);
            written.lazySet(written.get() + 1);
        } else {
            failed.incrementAndGet(); // both threads count failures
            LOG.error("Projection '{}' could not write its view snapshot at {} to {}", name, sequence, store.directory(),
                failure);
        }
    }

    private void ensureStaging(int length) {
        if (staging == null || staging.capacity() < length) {
            // Headroom so a growing view does not reallocate on every snapshot.
            int capacity = (int) Math.min(Integer.MAX_VALUE - 64, length + (long) length / 4 + 4096);
            staging = ByteBuffer.allocateDirect(capacity);
            stagingView = new UnsafeBuffer(staging);
        }
    }

    /** Waits for a write in progress, then stops the writer thread. */
    @Override
    public void close() {
        writer.shutdown();
        try {
            if (!writer.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("Projection '{}': a view snapshot write still runs after {} s; leaving it", name, CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Path directory() {
        return store.directory();
    }

    /** Snapshots written to disk. */
    public long written() {
        return written.get();
    }

    /** Snapshots that fell due while the previous one was still being written. */
    public long skipped() {
        return skipped.get();
    }

    /** Snapshots that could not be captured or written (logged). */
    public long failed() {
        return failed.get();
    }

    /** Sequence of the newest snapshot written; 0 before any. */
    public long lastWrittenSequence() {
        return lastWrittenSequence.get();
    }

    /** How long the projection thread spent copying its view for the last snapshot, in nanoseconds. */
    public long lastCaptureNanos() {
        return lastCaptureNanos.get();
    }

    /** Sequence of the snapshot the view was restored from at start, 0 if none, -1 before the attempt. */
    public long restoredSequence() {
        return restoredSequence.get();
    }

    /** True while a snapshot is being written. */
    public boolean writing() {
        return writing;
    }
}
