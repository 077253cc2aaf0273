package io.ringtail.gateway.metrics;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import java.util.function.UnaryOperator;

/**
 * Cumulative Prometheus bucket counts kept from an HdrHistogram recorder that hands out intervals: each
 * scrape folds the interval since the last one in. HdrHistogram keeps three significant digits, so a value
 * within 0.1% of a bucket bound may land in the neighbouring bucket. One scraping thread at a time.
 */
final class FoldedHistogram {
    private final UnaryOperator<Histogram> sampler;
    final long[] counts = new long[LatencyBuckets.BUCKETS];
    long sumNanos;
    private Histogram interval;

    /** @param sampler returns the interval since its last call, reusing the histogram passed in */
    FoldedHistogram(UnaryOperator<Histogram> sampler) {
        this.sampler = sampler;
    }

    void fold() {
        interval = sampler.apply(interval);
        for (HistogramIterationValue value : interval.recordedValues()) {
            long nanos = value.getValueIteratedTo();
            long count = value.getCountAtValueIteratedTo();
            counts[LatencyBuckets.bucketOf(nanos)] += count;
            sumNanos += nanos * count;
        }
    }
}
