package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** {@code ringtail_http_responses_total{status_class="2xx"}}: every loop's {@link HttpResponseCounter} added up. */
final class HttpResponseCollector implements MultiCollector {
    static final String NAME = "ringtail_http_responses";

    private final List<HttpResponseCounter> loops = new CopyOnWriteArrayList<>();

    HttpResponseCounter newLoop() {
        HttpResponseCounter counter = new HttpResponseCounter();
        loops.add(counter);
        return counter;
    }

    @Override
    public MetricSnapshots collect() {
        CounterSnapshot.Builder snapshot = CounterSnapshot.builder().name(NAME)
            .help("HTTP responses by status class");
        for (int i = 0; i < HttpResponseCounter.CLASSES; i++) {
            long total = 0;
            for (HttpResponseCounter loop : loops) {
                total += loop.responses(i);
            }
            snapshot.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder()
                .labels(Labels.of("status_class", (i + 1) + "xx")).value(total).build());
        }
        return MetricSnapshots.of(snapshot.build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(NAME);
    }
}
