package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;

/** Turns per-bucket counts over {@link LatencyBuckets#BOUNDS_NANOS} into a Prometheus data point in seconds. */
final class BucketedHistogram {
    private static final double[] BOUNDS_SECONDS = new double[LatencyBuckets.BUCKETS];

    static {
        for (int i = 0; i < LatencyBuckets.BOUNDS_NANOS.length; i++) {
            BOUNDS_SECONDS[i] = LatencyBuckets.BOUNDS_NANOS[i] / 1e9;
        }
        BOUNDS_SECONDS[LatencyBuckets.BUCKETS - 1] = Double.POSITIVE_INFINITY;
    }

    private BucketedHistogram() {
    }

    /** @param counts per-bucket (not cumulative) counts, one per bound and the last for +Inf */
    static HistogramSnapshot.HistogramDataPointSnapshot dataPoint(long[] counts, long sumNanos, Labels labels) {
        return HistogramSnapshot.HistogramDataPointSnapshot.builder()
            .classicHistogramBuckets(ClassicHistogramBuckets.of(BOUNDS_SECONDS.clone(), counts.clone()))
            .sum(sumNanos / 1e9)
            .labels(labels)
            .build();
    }
}
