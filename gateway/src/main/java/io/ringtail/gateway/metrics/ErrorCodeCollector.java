package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorCounts;
import io.ringtail.gateway.http.ErrorLog;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * {@code ringtail_http_errors_total{code="MALFORMED_URI",status="400"}}: every error answer by its catalogue
 * code, every loop's {@link ErrorCounts} added up; a series for each code, zero until it is used.
 */
final class ErrorCodeCollector implements MultiCollector {
    static final String NAME = "ringtail_http_errors";

    private final ErrorLog log = new ErrorLog();
    private final List<ErrorCounts> loops = new CopyOnWriteArrayList<>();

    ErrorCounts newLoop() {
        ErrorCounts counts = new ErrorCounts(log);
        loops.add(counts);
        return counts;
    }

    @Override
    public MetricSnapshots collect() {
        CounterSnapshot.Builder snapshot = CounterSnapshot.builder().name(NAME)
            .help("HTTP error answers by error code");
        for (ErrorCode code : ErrorCode.values()) {
            long total = 0;
            for (ErrorCounts loop : loops) {
                total += loop.count(code);
            }
            snapshot.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder()
                .labels(Labels.of("code", code.name(), "status", Integer.toString(code.status()))).value(total).build());
        }
        return MetricSnapshots.of(snapshot.build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(NAME);
    }
}
