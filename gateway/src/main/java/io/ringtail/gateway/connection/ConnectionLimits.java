package io.ringtail.gateway.connection;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The connection budget every event loop shares: connections open now, at most {@code maxConnections},
 * and counts of the connections closed for a limit. A flood of connections beyond the budget is closed as
 * each arrives, so it costs an accept and a close, never a request slot of the clients already connected.
 */
public final class ConnectionLimits {
    private final int maxConnections;
    private final AtomicInteger open = new AtomicInteger();
    private final LongAdder overLimit = new LongAdder();
    private final LongAdder slowRequestHeads = new LongAdder();

    public ConnectionLimits(int maxConnections) {
        if (maxConnections < 1) {
            throw new IllegalArgumentException("maxConnections must be at least 1, got " + maxConnections);
        }
        this.maxConnections = maxConnections;
    }

    /** Any loop: takes a place for a new connection; false (and counted) when all are taken. */
    boolean tryOpen() {
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            overLimit.increment();
            return false;
        }
        return true;
    }

    /** Any loop: a connection that {@link #tryOpen()} admitted has closed. */
    void closed() {
        open.decrementAndGet();
    }

    /** Any loop: a connection was closed for not sending a whole request head within the deadline. */
    void slowRequestHeadClosed() {
        slowRequestHeads.increment();
    }

    public int maxConnections() {
        return maxConnections;
    }

    public int open() {
        return open.get();
    }

    /** Connections closed at once because {@link #maxConnections()} were already open. */
    public long closedOverLimit() {
        return overLimit.sum();
    }

    /** Connections closed because a request head did not arrive in time (slowloris). */
    public long closedSlowRequestHead() {
        return slowRequestHeads.sum();
    }
}
