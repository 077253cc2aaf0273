package io.ringtail.workload;

import java.util.Locale;

/** The fixed-rate latency table both engines' probes print rows of, so BENCHMARKS.md shows them side by side. */
public final class LatencyTable {
    public static final String HEADER = "| engine | stream | rate /s | count | late sends | p50 µs | p99 µs | p99.9 µs | max µs |\n"
        + "|---|---|---|---|---|---|---|---|---|";

    private LatencyTable() {
    }

    /** One row; latencies in nanoseconds, printed in microseconds. */
    public static String row(String engine, String stream, long rate, long count, long late,
                             long p50, long p99, long p999, long max) {
        return String.format(Locale.ROOT, "| %s | %s | %,d | %,d | %,d | %.0f | %.0f | %.0f | %.0f |", engine, stream, rate,
            count, late, p50 / 1e3, p99 / 1e3, p999 / 1e3, max / 1e3);
    }
}
