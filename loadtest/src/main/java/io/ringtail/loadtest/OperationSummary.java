package io.ringtail.loadtest;

import java.util.Map;
import org.HdrHistogram.Histogram;

/** The measured-window result of one operation; latencies in the histogram are microseconds. */
record OperationSummary(Operation operation, Histogram histogram, double measuredSeconds,
                        Map<String, Long> statusCounts, long errors, long rejections, long rywViolations) {

    long count() {
        return histogram.getTotalCount();
    }

    double ratePerSecond() {
        return measuredSeconds <= 0 ? 0 : count() / measuredSeconds;
    }

    double percentileMillis(double percentile) {
        return histogram.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return histogram.getMaxValue() / 1000.0;
    }
}
