package io.ringtail.gateway.auth;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A token bucket per API key, kept as one number so the event loops that share a key need no lock: the
 * "theoretical arrival time" of the generic cell rate algorithm. Each request pushes it one interval
 * ({@code 1/rate}) into the future; a request is refused while it would lie more than {@code burst}
 * intervals ahead of now. That is exactly a bucket of {@code burst} tokens refilled at {@code rate}/s.
 */
public final class RateLimiter {
    private final long intervalNanos;
    private final long toleranceNanos;
    private final AtomicLong arrival;

    /**
     * @param perSecond requests per second, at least 1
     * @param burst     requests that may arrive at once, at least 1
     * @param nowNanos  the clock's reading at creation: the bucket starts full
     */
    public RateLimiter(long perSecond, long burst, long nowNanos) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("rate and burst must be at least 1");
        }
        this.intervalNanos = Math.max(1, 1_000_000_000L / perSecond);
        this.toleranceNanos = (burst - 1) * intervalNanos;
        this.arrival = new AtomicLong(nowNanos);
    }

    /** @return 0 when the request may go ahead (and is counted), else the nanoseconds until one may */
    public long tryAcquire(long nowNanos) {
        while (true) {
            long current = arrival.get();
            long start = current - nowNanos > 0 ? current : nowNanos;
            long ahead = start - nowNanos;
            if (ahead > toleranceNanos) {
                return ahead - toleranceNanos;
            }
            if (arrival.compareAndSet(current, start + intervalNanos)) {
                return 0;
            }
        }
    }
}
