package io.ringtail.engine.projection;

import io.ringtail.journal.CommitSignal;
import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.agrona.concurrent.IdleStrategy;
import org.agrona.concurrent.SleepingIdleStrategy;
import org.agrona.concurrent.YieldingIdleStrategy;

import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How a projection thread idles when there is nothing to apply. The default backs off to parking so an
 * idle projection costs next to no CPU on a 2-core machine; the spinning kinds give up a core for latency
 * and belong on pinned, dedicated cores.
 */
public enum IdleStrategyKind {
    /**
     * Parks until the journal commits (the appender wakes it) or a read-your-writes wait arrives, at most
     * 1 ms (wait deadlines are checked on this thread): no polling while idle. Needs the journal's
     * {@link CommitSignal}; the gateway's default.
     */
    NOTIFIED,
    /** Spins a little, yields a little, then parks from 1 µs up to 250 µs. Default where no journal signal is at hand. */
    BACKOFF,
    /** Parks 100 µs each idle cycle. */
    SLEEPING,
    /** Yields the core: a full core while idle, low latency. */
    YIELDING,
    /** Spins: a full core always, lowest latency. Only with a dedicated core. */
    BUSY_SPIN;

    /** Longest park of {@link #NOTIFIED}: how late a read-your-writes wait may time out on a quiet journal. */
    static final long NOTIFIED_MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);

    /** For every kind but {@link #NOTIFIED}, which needs {@link #create(CommitSignal)}. */
    public IdleStrategy create() {
        return create(null);
    }

    /** @param signal the journal's commit signal; may be null except for {@link #NOTIFIED} */
    public IdleStrategy create(CommitSignal signal) {
        return create(signal, NOTIFIED_MAX_PARK_NANOS);
    }

    /** As {@link #create(CommitSignal)}, with {@link #NOTIFIED} parking at most {@code notifiedMaxParkNanos}. */
    public IdleStrategy create(CommitSignal signal, long notifiedMaxParkNanos) {
        return switch (this) {
            case NOTIFIED -> {
                if (signal == null) {
                    throw new IllegalStateException("the notified idle strategy needs the journal's commit signal");
                }
                yield new NotifiedIdleStrategy(signal, notifiedMaxParkNanos);
            }
            case BACKOFF -> new BackoffIdleStrategy(10, 5, TimeUnit.MICROSECONDS.toNanos(1), TimeUnit.MICROSECONDS.toNanos(250));
            case SLEEPING -> new SleepingIdleStrategy(100, TimeUnit.MICROSECONDS);
            case YIELDING -> new YieldingIdleStrategy();
            case BUSY_SPIN -> new BusySpinIdleStrategy();
        };
    }

    /** Accepts {@code backoff}, {@code busy-spin}, {@code BUSY_SPIN} and the like. */
    public static IdleStrategyKind parse(String text) {
        String normal = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (IdleStrategyKind kind : values()) {
            if (kind.name().equals(normal)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("idle strategy must be one of notified, backoff, sleeping, yielding, busy-spin; got '" + text + "'");
    }
}
