package io.ringtail.engine.snapshot;

import io.ringtail.journal.snapshot.SnapshotStore;
import org.agrona.concurrent.Agent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

/**
 * Puts captured snapshots on disk, on its own thread, so the writer thread never waits for file I/O. It holds
 * at most one snapshot: the writer hands one over only while this is idle, and until the file is written the
 * staging buffer belongs to this agent. A hand-off wakes the agent's thread at once; failures are logged and
 * counted, never thrown. A snapshot handed over before the agent closes is still written.
 */
final class SnapshotWriterAgent implements Agent {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotWriterAgent.class);

    private final SnapshotStore store;
    private final SnapshotCounters counters;
    /** Set by the writer thread after filling the fields below, cleared by this agent once they are used. */
    private final AtomicBoolean busy = new AtomicBoolean();
    private volatile Thread thread;
    private long sequence;
    private int formatVersion;
    private ByteBuffer payload;

    SnapshotWriterAgent(SnapshotStore store, SnapshotCounters counters) {
        this.store = store;
        this.counters = counters;
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
        Thread agentThread = thread;
        if (agentThread != null) {
            LockSupport.unpark(agentThread);
        }
    }

    @Override
    public void onStart() {
        thread = Thread.currentThread();
    }

    @Override
    public int doWork() {
        if (!busy.get()) {
            return 0;
        }
        write();
        return 1;
    }

    @Override
    public void onClose() {
        doWork();
    }

    @Override
    public String roleName() {
        return "ringtail-snapshot";
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
