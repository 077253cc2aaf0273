package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.ringtail.engine.WriterCounters;
import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.Reasons;

import java.util.List;
import java.util.Locale;

/**
 * {@code ringtail_commands_total{command, outcome}}, read from the writer's {@link WriterCounters} at
 * scrape time. Outcome is {@code accepted} or the rejection reason's name in lower case
 * ({@code insufficient_buying_power}); label values are lower case throughout. Only combinations that
 * happened are emitted, so the domain needs no list of its types and reasons, and a series appears with
 * its first command (PromQL's {@code increase} treats that first sample as the start).
 */
final class CommandOutcomeCollector implements MultiCollector {
    static final String NAME = "ringtail_commands";

    private final WriterCounters counters;
    private final Domain domain;

    CommandOutcomeCollector(WriterCounters counters, Domain domain) {
        this.counters = counters;
        this.domain = domain;
    }

    @Override
    public MetricSnapshots collect() {
        CounterSnapshot.Builder snapshot = CounterSnapshot.builder().name(NAME)
            .help("Commands the writer decided, by command type and outcome");
        for (int type = 0; type < WriterCounters.MAX_COMMAND_TYPES; type++) {
            for (int reason = 0; reason < WriterCounters.MAX_REASONS; reason++) {
                long count = counters.outcomes(type, reason);
                if (count > 0) {
                    snapshot.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder()
                        .labels(Labels.of("command", lower(domain.commandName(type)), "outcome", outcome(reason)))
                        .value(count)
                        .build());
                }
            }
        }
        return MetricSnapshots.of(snapshot.build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(NAME);
    }

    private String outcome(int reason) {
        return reason == Reasons.ACCEPTED ? "accepted" : lower(domain.reasonName(reason));
    }

    private static String lower(String name) {
        return name.toLowerCase(Locale.ROOT);
    }
}
