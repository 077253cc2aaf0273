package io.ringtail.loadtest;

import java.util.ArrayList;
import java.util.List;

/** The pass/fail rules of a run: how many errors and read-your-writes violations are tolerated. */
record Thresholds(double maxErrorRate, long maxRywViolations) {

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
        return breaches;
    }
}
