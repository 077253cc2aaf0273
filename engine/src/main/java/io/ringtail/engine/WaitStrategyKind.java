package io.ringtail.engine;

import com.lmax.disruptor.BlockingWaitStrategy;
import com.lmax.disruptor.BusySpinWaitStrategy;
import com.lmax.disruptor.SleepingWaitStrategy;
import com.lmax.disruptor.WaitStrategy;
import com.lmax.disruptor.YieldingWaitStrategy;

/**
 * How the writer waits for commands. The default blocks when idle, which suits a 2-core machine; the
 * spinning kinds trade a whole core for latency and belong on pinned, dedicated cores.
 */
public enum WaitStrategyKind {
    /**
     * Waits on a monitor the publisher notifies: no CPU while idle. Default. Measured on the gateway (2 cores,
     * POST /orders): with 32 connections as fast as {@link #SLEEPING} or faster, since the idle writer no longer
     * takes CPU from the event loop; with one connection waking the writer costs ~30 µs more per command
     * (p50 ~150 µs vs ~120 µs): the price of not polling. Pick {@link #SLEEPING} or a spinning kind for that.
     */
    BLOCKING,
    /**
     * Spins, yields, then parks 100 ns at a time, which the kernel's timer slack stretches to ~60 µs: some
     * 17,000 wake-ups a second, a quarter of a core while idle (measured on the gateway).
     */
    SLEEPING,
    /** Spins then yields: a full core while idle, low latency. */
    YIELDING,
    /** Spins: a full core always, lowest latency. Only with a dedicated core. */
    BUSY_SPIN;

    public WaitStrategy create() {
        return switch (this) {
            case BLOCKING -> new BlockingWaitStrategy();
            case SLEEPING -> new SleepingWaitStrategy();
            case YIELDING -> new YieldingWaitStrategy();
            case BUSY_SPIN -> new BusySpinWaitStrategy();
        };
    }

    /** Accepts {@code sleeping}, {@code busy-spin}, {@code BUSY_SPIN} and the like. */
    public static WaitStrategyKind parse(String text) {
        String normal = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (WaitStrategyKind kind : values()) {
            if (kind.name().equals(normal)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("wait strategy must be one of blocking, sleeping, yielding, busy-spin; got '" + text + "'");
    }
}
