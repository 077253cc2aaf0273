package io.ringtail.gateway.metrics;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * A latency histogram one thread records into and any thread reads: per-bucket counts and a running sum,
 * each bumped with a plain read-modify-write published by a release store, so recording costs a short
 * scan and two stores, no fence, no allocation and no registry call. Prometheus wants cumulative counts,
 * which these are: nothing is ever reset.
 */
public final class LatencyBuckets {
    /** Upper bounds, 10 µs to 10 s in a 1-2-5 series: the range from a fast ack to a stuck fsync. */
    static final long[] BOUNDS_NANOS = {
        10_000, 20_000, 50_000,
        100_000, 200_000, 500_000,
        1_000_000, 2_000_000, 5_000_000,
        10_000_000, 20_000_000, 50_000_000,
        100_000_000, 200_000_000, 500_000_000,
        1_000_000_000L, 2_000_000_000L, 5_000_000_000L,
        10_000_000_000L
    };
    /** One bucket per bound plus the overflow (+Inf) bucket. */
    static final int BUCKETS = BOUNDS_NANOS.length + 1;
    private static final int SUM = BUCKETS;

    private final AtomicLongArray cells = new AtomicLongArray(BUCKETS + 1);

    /** Owner thread only. */
    public void record(long nanos) {
        int bucket = bucketOf(nanos);
        cells.lazySet(bucket, cells.get(bucket) + 1);
        cells.lazySet(SUM, cells.get(SUM) + Math.max(nanos, 0));
    }

    /** Any thread: adds this histogram's per-bucket counts into {@code counts}; returns its sum in nanos. */
    long addTo(long[] counts) {
        for (int i = 0; i < BUCKETS; i++) {
            counts[i] += cells.get(i);
        }
        return cells.get(SUM);
    }

    static int bucketOf(long nanos) {
        for (int i = 0; i < BOUNDS_NANOS.length; i++) {
            if (nanos <= BOUNDS_NANOS[i]) {
                return i;
            }
        }
        return BOUNDS_NANOS.length;
    }
}
