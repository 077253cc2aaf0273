package io.ringtail.gateway.metrics;

import io.prometheus.metrics.model.registry.MultiCollector;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import io.ringtail.engine.WriterCounters;

import java.util.List;

/**
 * {@code ringtail_journal_commit_seconds}: how long the writer spends committing one batch to the journal,
 * in SYNC mode including the force to disk. Replies of a batch wait for it, so it is the journal's share of
 * command latency. Recorded once per batch by the writer; folded here at scrape time.
 */
final class JournalCommitCollector implements MultiCollector {
    static final String NAME = "ringtail_journal_commit_seconds";

    private final FoldedHistogram histogram;

    JournalCommitCollector(WriterCounters counters) {
        this.histogram = new FoldedHistogram(counters::sampleCommitLatency);
    }

    @Override
    public synchronized MetricSnapshots collect() {
        histogram.fold();
        return MetricSnapshots.of(HistogramSnapshot.builder().name(NAME).unit(Unit.SECONDS)
            .help("Time the writer spends committing one batch to the journal (SYNC: including the force to disk)")
            .dataPoint(BucketedHistogram.dataPoint(histogram.counts, histogram.sumNanos, Labels.EMPTY))
            .build());
    }

    @Override
    public List<String> getPrometheusNames() {
        return List.of(NAME);
    }
}
