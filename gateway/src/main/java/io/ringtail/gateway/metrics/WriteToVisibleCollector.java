package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import io.ringtail.engine.projection.ProjectionAgent;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code ringtail_projection_write_to_visible_seconds{projection}}: event timestamp (command entering the
 * engine) to the event being visible in the view. Each agent records into its own HdrHistogram recorder,
 * folded into cumulative buckets at each scrape ({@link FoldedHistogram}).
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
            s.histogram.fold();
            snapshot.dataPoint(BucketedHistogram.dataPoint(s.histogram.counts, s.histogram.sumNanos,
                Labels.of("projection", s.agent.name())));
        }
        return MetricSnapshots.of(snapshot.build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(NAME);
    }

    private static final class Series {
        final ProjectionAgent agent;
        final FoldedHistogram histogram;

        Series(ProjectionAgent agent) {
            this.agent = agent;
            this.histogram = new FoldedHistogram(agent::sampleWriteToVisible);
        }
    }
}
