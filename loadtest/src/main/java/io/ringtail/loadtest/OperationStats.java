package io.ringtail.loadtest;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latency and outcome tallies of one operation, written from many event loops at once.
 * Two recorders: one drained every second for progress (warm-up included), one drained once at
 * the end holding only the measured window.
 */
final class OperationStats {
    static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);
    static final int SIGNIFICANT_DIGITS = 3;

    private final Operation operation;
    private final Recorder progress = new Recorder(1, HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private final Recorder measured = new Recorder(1, HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private final LongAdder progressRequests = new LongAdder();
    private final LongAdder progressErrors = new LongAdder();
    private final Map<String, LongAdder> statusCounts = new ConcurrentHashMap<>();
    private final LongAdder errors = new LongAdder();
    private final LongAdder rejections = new LongAdder();
    private final LongAdder rywViolations = new LongAdder();
    private Histogram interval;

    OperationStats(Operation operation) {
        this.operation = operation;
    }

    Operation operation() {
        return operation;
    }

    /**
     * @param status the HTTP status, or a name such as "timeout" / "io_error" for transport failures
     */
    void record(long latencyNanos, String status, Outcome outcome, boolean inMeasuredWindow) {
        // Values above the histogram's range would throw; clamping keeps them visible as the maximum.
        long micros = Math.min(HIGHEST_MICROS, Math.max(1, TimeUnit.NANOSECONDS.toMicros(latencyNanos)));
        progress.recordValue(micros);
        progressRequests.increment();
        if (outcome == Outcome.ERROR) {
            progressErrors.increment();
        }
        if (!inMeasuredWindow) {
            return;
        }
        measured.recordValue(micros);
        statusCounts.computeIfAbsent(status, s -> new LongAdder()).increment();
        switch (outcome) {
            case ERROR -> errors.increment();
            case REJECTED -> rejections.increment();
            default -> { }
        }
    }

    void recordRywViolation(boolean inMeasuredWindow) {
        if (inMeasuredWindow) {
            rywViolations.increment();
        }
    }

    /** The last second's latencies; only the progress thread calls this. */
    Histogram drainInterval() {
        interval = progress.getIntervalHistogram(interval);
        return interval;
    }

    long drainIntervalRequests() {
        return progressRequests.sumThenReset();
    }

    long drainIntervalErrors() {
        return progressErrors.sumThenReset();
    }

    /** Called once, after every connection stopped. */
    OperationSummary summarize(double measuredSeconds) {
        Map<String, Long> statuses = new TreeMap<>();
        statusCounts.forEach((k, v) -> statuses.put(k, v.sum()));
        Histogram histogram = measured.getIntervalHistogram();
        return new OperationSummary(operation, histogram, measuredSeconds, statuses,
                errors.sum(), rejections.sum(), rywViolations.sum());
    }
}
