package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * What query routes report about {@code minVersion} waits: {@code ringtail_read_your_writes_wait_seconds}
 * (every wait that ended with the view at the version, however short) and
 * {@code ringtail_read_your_writes_timeouts_total} (waits that gave up with 504). Any event loop may call
 * in, so the counts are {@link LongAdder}s: no lock, no registry call, contention spread over cells.
 */
public final class ReadYourWritesMetrics implements MultiCollector {
    static final String WAIT_NAME = "ringtail_read_your_writes_wait_seconds";
    static final String TIMEOUTS_NAME = "ringtail_read_your_writes_timeouts";

    private final LongAdder[] buckets = new LongAdder[LatencyBuckets.BUCKETS];
    private final LongAdder sumNanos = new LongAdder();
    private final LongAdder timeouts = new LongAdder();

    public ReadYourWritesMetrics() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    /** A read waited {@code nanos} for its view to reach the requested version, and got it. */
    public void recordWait(long nanos) {
        buckets[LatencyBuckets.bucketOf(nanos)].increment();
        sumNanos.add(Math.max(nanos, 0));
    }

    /** A read gave up waiting for its version (504 VERSION_TIMEOUT). */
    public void timeout() {
        timeouts.increment();
    }

    @Override
    public MetricSnapshots collect() {
        long[] counts = new long[buckets.length];
        for (int i = 0; i < counts.length; i++) {
            counts[i] = buckets[i].sum();
        }
        return MetricSnapshots.of(
            HistogramSnapshot.builder().name(WAIT_NAME).unit(Unit.SECONDS)
                .help("Time reads with minVersion waited for their view to reach that version")
                .dataPoint(BucketedHistogram.dataPoint(counts, sumNanos.sum(), Labels.EMPTY))
                .build(),
            CounterSnapshot.builder().name(TIMEOUTS_NAME)
                .help("Reads with minVersion that timed out before their view reached it")
                .dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder().value(timeouts.sum()).build())
                .build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(WAIT_NAME, TIMEOUTS_NAME);
    }
}
