package io.ringtail.engine;

import io.ringtail.journal.snapshot.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * The thread that puts captured snapshots on disk, so the writer thread never waits for file I/O. It holds
 * at most one snapshot: the writer hands one over only while this is idle, and until the file is written the
 * staging buffer belongs to this thread. Parks when idle; failures are logged and counted, never thrown.
 */
final class SnapshotWriter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriter.class);

    private final SnapshotStore store;
    private final SnapshotCounters counters;
    private final Thread thread;
    /** Set by the writer thread after filling the fields below, cleared by this thread once they are used. */
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile boolean running = true;
    private long sequence;
    private int formatVersion;
    private ByteBuffer payload;

    SnapshotWriter(SnapshotStore store, SnapshotCounters counters) {
        this.store = store;
        this.counters = counters;
        this.thread = new Thread(this::run, "ringtail-snapshot");
        thread.setDaemon(true);
        thread.start();
    }

    /** True while a snapshot handed over is still being written; the writer then skips the next one. */
    boolean busy() {
        return busy.get();
    }

    /**
     * Writer thread, only when not {@link #busy()}: takes {@code payload[position, limit)} to write. The
     * caller must not touch the bytes until {@link #busy()} is false again.
     */
    void handOff(long sequence, int formatVersion, ByteBuffer payload) {
        this.sequence = sequence;
        this.formatVersion = formatVersion;
        this.payload = payload;
        busy.set(true);
        LockSupport.unpark(thread);
    }

    /** Finishes a snapshot already handed over, then stops the thread (waiting up to {@code timeoutMillis}). */
    void close(long timeoutMillis) {
        running = false;
        if (!BackgroundThreads.awaitStop(thread, timeoutMillis)) {
            LOG.warn("snapshot writer still busy after {} ms at shutdown; the snapshot in progress may be lost", timeoutMillis);
        }
    }

    @Override
    public void close() {
        close(10_000);
    }

    private void run() {
        while (true) {
            if (busy.get()) {
                write();
            } else if (!running) {
                return;
            } else {
                LockSupport.park(this);
            }
        }
    }

    private void write() {
        long sequence = this.sequence;
        int bytes = payload.remaining();
        long started = System.nanoTime();
        Throwable failure = null;
        try {
            store.write(sequence, formatVersion, payload);
        } catch (Exception | OutOfMemoryError e) {
            failure = e;
        }
        long nanos = System.nanoTime() - started;
        payload = null;
        // Free before counting: whoever sees the outcome counted may hand off the next snapshot at once.
        busy.set(false);
        if (failure == null) {
            counters.onWritten(sequence, nanos);
            LOG.info("snapshot at sequence {} written: {} bytes in {} ms", sequence, bytes, nanos / 1_000_000);
        } else {
            counters.onFailed();
            LOG.error("snapshot at sequence {} could not be written to {}; the engine carries on", sequence,
                store.directory(), failure);
        }
    }
}
