package io.ringtail.loadtest;

import java.io.PrintStream;
import org.HdrHistogram.Histogram;

/** Prints one line per second: request rate, errors and the last second's latency of the mix. */
final class ProgressReporter {
    private final LoadStats stats;
    private final PrintStream out;
    private final Histogram second = new Histogram(1, OperationStats.HIGHEST_MICROS, OperationStats.SIGNIFICANT_DIGITS);
    private long lastTickNanos;

    ProgressReporter(LoadStats stats, PrintStream out, long startNanos) {
        this.stats = stats;
        this.out = out;
        this.lastTickNanos = startNanos;
    }

    void tick(long nowNanos, long startNanos) {
        second.reset();
        long requests = 0;
        long errors = 0;
        for (OperationStats op : stats.all()) {
            Histogram interval = op.drainInterval();
            if (op.operation().inMix()) {
                second.add(interval);
            }
            requests += op.drainIntervalRequests();
            errors += op.drainIntervalErrors();
        }
        double seconds = Math.max(1e-9, (nowNanos - lastTickNanos) / 1e9);
        // The line describes the second that just ended: warm-up if that second started before the window.
        String phase = lastTickNanos < stats.measureStartNanos() ? "warmup " : "measure";
        lastTickNanos = nowNanos;
        out.printf("%6.1fs %s %8.0f req/s  errors %5d  p50 %8.2f ms  p99 %8.2f ms%n",
                (nowNanos - startNanos) / 1e9, phase, requests / seconds, errors,
                second.getValueAtPercentile(50) / 1000.0, second.getValueAtPercentile(99) / 1000.0);
        out.flush();
    }
}
