package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code ringtail_command_latency_seconds}: gateway receive to reply written. Each event loop records
 * into its own {@link LatencyBuckets} as it writes a reply (one writer per histogram, no contention); a
 * scrape adds the loops together. A Micrometer Timer would be a registry call per command, which the
 * hot path must not make.
 */
final class CommandLatencyCollector implements MultiCollector {
    static final String NAME = "ringtail_command_latency_seconds";

    private final List<LatencyBuckets> loops = new CopyOnWriteArrayList<>();

    /** Called once per event loop at start-up; the loop then records into the result alone. */
    LatencyBuckets newLoop() {
        LatencyBuckets buckets = new LatencyBuckets();
        loops.add(buckets);
        return buckets;
    }

    @Override
    public MetricSnapshots collect() {
        long[] counts = new long[LatencyBuckets.BUCKETS];
        long sum = 0;
        for (LatencyBuckets loop : loops) {
            sum += loop.addTo(counts);
        }
        return MetricSnapshots.of(HistogramSnapshot.builder()
            .name(NAME)
            .help("Command latency from the gateway receiving the request to writing its reply")
            .unit(Unit.SECONDS)
            .dataPoint(BucketedHistogram.dataPoint(counts, sum, Labels.EMPTY))
            .build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(NAME);
    }
}
