package io.ringtail.loadtest;

import java.util.Map;
import java.util.Queue;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Latency and outcome tallies of one operation, written from many event loops at once.
 * Progress (warm-up included) goes to one recorder drained every second. The measured window goes to
 * plain single-writer histograms, one per connection ({@link #measuredHistogram()}), merged once at the
 * end: no atomics on that path.
 */
final class OperationStats {
    static final long HIGHEST_MICROS = TimeUnit.SECONDS.toMicros(60);
    static final int SIGNIFICANT_DIGITS = 3;

    private final Operation operation;
    private final Recorder progress = new Recorder(1, HIGHEST_MICROS, SIGNIFICANT_DIGITS);
    private final Queue<Histogram> measured = new ConcurrentLinkedQueue<>();
    private final LongAdder progressRequests = new LongAdder();
    private final LongAdder progressErrors = new LongAdder();
    /** HTTP statuses 100..599 by index (status - 100); transport failures by name in {@link #failureCounts}. */
    private final LongAdder[] statusCounts = new LongAdder[500];
    private final Map<String, LongAdder> failureCounts = new ConcurrentHashMap<>();
    private final LongAdder errors = new LongAdder();
    private final LongAdder rejections = new LongAdder();
    private final LongAdder rywViolations = new LongAdder();
    private Histogram interval;

    OperationStats(Operation operation) {
        this.operation = operation;
        for (int i = 0; i < statusCounts.length; i++) {
            statusCounts[i] = new LongAdder();
        }
    }

    Operation operation() {
        return operation;
    }

    /** A latency in the histograms' unit; values beyond the range are clamped so they stay visible as the maximum. */
    static long micros(long latencyNanos) {
        return Math.min(HIGHEST_MICROS, Math.max(1, TimeUnit.NANOSECONDS.toMicros(latencyNanos)));
    }

    /**
     * A new histogram of the measured window, for one connection to write from its own event loop only;
     * {@link #summarize} merges it, once every connection has stopped.
     */
    Histogram measuredHistogram() {
        Histogram histogram = new Histogram(1, HIGHEST_MICROS, SIGNIFICANT_DIGITS);
        measured.add(histogram);
        return histogram;
    }

    /**
     * Counts a reply with an HTTP status; the caller records the latency in its {@link #measuredHistogram()}
     * when the request belongs to the measured window.
     */
    void recordReply(long micros, int status, boolean inMeasuredWindow) {
        Outcome outcome = Outcome.of(status);
        progress(micros, outcome);
        if (!inMeasuredWindow) {
            return;
        }
        if (status >= 100 && status < 600) {
            statusCounts[status - 100].increment();
        } else {
            failureCounts.computeIfAbsent(Integer.toString(status), s -> new LongAdder()).increment();
        }
        tally(outcome);
    }

    /** Counts a transport failure ("timeout", "io_error"); latency as in {@link #recordReply}. */
    void recordFailure(long micros, String name, boolean inMeasuredWindow) {
        progress(micros, Outcome.ERROR);
        if (!inMeasuredWindow) {
            return;
        }
        failureCounts.computeIfAbsent(name, s -> new LongAdder()).increment();
        tally(Outcome.ERROR);
    }

    private void progress(long micros, Outcome outcome) {
        progress.recordValue(micros);
        progressRequests.increment();
        if (outcome == Outcome.ERROR) {
            progressErrors.increment();
        }
    }

    private void tally(Outcome outcome) {
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
        for (int i = 0; i < statusCounts.length; i++) {
            long count = statusCounts[i].sum();
            if (count > 0) {
                statuses.put(Integer.toString(i + 100), count);
            }
        }
        failureCounts.forEach((k, v) -> statuses.put(k, v.sum()));
        Histogram histogram = new Histogram(1, HIGHEST_MICROS, SIGNIFICANT_DIGITS);
        measured.forEach(histogram::add);
        return new OperationSummary(operation, histogram, measuredSeconds, statuses,
                errors.sum(), rejections.sum(), rywViolations.sum());
    }
}
