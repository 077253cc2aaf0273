package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import io.ringtail.engine.projection.ProjectionAgent;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.HistogramIterationValue;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ringtail_projection_write_to_visible_seconds{projection}}: event timestamp (command entering the
 * engine) to the event being visible in the view. Each agent records into its own HdrHistogram recorder;
 * a scrape takes the interval since the last one and folds it into cumulative bucket counts kept here.
 * HdrHistogram keeps three significant digits, so a value within 0.1% of a bucket bound may land in the
 * neighbouring bucket.
 */
final class WriteToVisibleCollector implements MultiCollector {
    static final String NAME = "ringtail_projection_write_to_visible_seconds";

    private final List<Series> series = new ArrayList<>();

    synchronized void add(ProjectionAgent agent) {
        series.add(new Series(agent));
    }

    /** Synchronized: an agent's interval histogram may be taken by one thread at a time. */
    @Override
    public synchronized MetricSnapshots collect() {
        HistogramSnapshot.Builder snapshot = HistogramSnapshot.builder().name(NAME).unit(Unit.SECONDS)
            .help("Time from an event's command entering the engine to the event being visible in the projection's view");
        for (Series s : series) {
            s.fold();
            snapshot.dataPoint(BucketedHistogram.dataPoint(s.counts, s.sumNanos, Labels.of("projection", s.agent.name())));
        }
        return MetricSnapshots.of(snapshot.build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(NAME);
    }

    private static final class Series {
        final ProjectionAgent agent;
        final long[] counts = new long[LatencyBuckets.BUCKETS];
        long sumNanos;
        Histogram interval;

        Series(ProjectionAgent agent) {
            this.agent = agent;
        }

        void fold() {
            interval = agent.sampleWriteToVisible(interval);
            for (HistogramIterationValue value : interval.recordedValues()) {
                long nanos = value.getValueIteratedTo();
                long count = value.getCountAtValueIteratedTo();
                counts[LatencyBuckets.bucketOf(nanos)] += count;
                sumNanos += nanos * count;
            }
        }
    }
}
