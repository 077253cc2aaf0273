package io.ringtail.loadtest;

import java.util.ArrayList;
import java.util.List;

/**
 * The pass/fail rules of a run: how many errors and read-your-writes violations are tolerated, and which
 * latency percentiles must stay under which limits (none unless asked for).
 */
record Thresholds(double maxErrorRate, long maxRywViolations, List<LatencyLimit> latencyLimits) {

    /** @return one line per breached threshold; empty when the run passed */
    List<String> breaches(RunSummary summary) {
        List<String> breaches = new ArrayList<>();
        if (summary.errorRate() > maxErrorRate) {
            breaches.add(String.format("error rate %.4f > --max-error-rate %.4f (%d errors in %d requests)",
                    summary.errorRate(), maxErrorRate, summary.totalErrors(), summary.totalRequests()));
        }
        if (summary.totalRywViolations() > maxRywViolations) {
            breaches.add(String.format("%d read-your-writes violations > --max-ryw-violations %d",
                    summary.totalRywViolations(), maxRywViolations));
        }
        if (summary.totalRequests() == 0) {
            breaches.add("no request completed in the measured window");
        }
        for (LatencyLimit limit : latencyLimits) {
            latencyBreaches(limit, summary, breaches);
        }
        return breaches;
    }

    private static void latencyBreaches(LatencyLimit limit, RunSummary summary, List<String> breaches) {
        boolean measured = false;
        for (OperationSummary operation : summary.operations()) {
            if (operation.count() == 0 || (limit.operation() != null && limit.operation() != operation.operation())) {
                continue;
            }
            measured = true;
            // Histogram values are microseconds (rounded up to the histogram's precision, as reported).
            long micros = limit.percentile() == 100 ? operation.histogram().getMaxValue()
                    : operation.histogram().getValueAtPercentile(limit.percentile());
            if (micros * 1_000 > limit.limit().toNanos()) {
                breaches.add(String.format("%s %s %.3f ms > --max-latency %s", operation.operation().label(),
                        limit.percentileLabel(), micros / 1000.0, limit.describe()));
            }
        }
        if (!measured && limit.operation() != null) {
            // A gate on an operation the run never measured would otherwise pass without checking anything.
            breaches.add(String.format("no %s request measured for --max-latency %s", limit.operation().label(),
                    limit.describe()));
        }
    }
}
