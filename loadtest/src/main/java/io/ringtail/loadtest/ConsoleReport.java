package io.ringtail.loadtest;

import java.io.PrintStream;

/** The end-of-run table on stdout: one row per operation that saw traffic. */
final class ConsoleReport {
    static final double[] PERCENTILES = {50, 90, 99, 99.9, 99.99};

    private ConsoleReport() {
    }

    static void print(RunSummary summary, PrintStream out) {
        RunSummary.Conditions c = summary.conditions();
        out.printf("%nmode %s%s, %d connections, %.1fs measured after %.1fs warm-up, mix %s, seed %d%n",
                c.mode().label(), c.mode() == LoadMode.FIXED_RATE ? String.format(" at %.0f req/s", c.plannedRate()) : "",
                c.connections(), c.measuredSeconds(), c.warmupSeconds(), c.mix(), c.seed());
        out.println("latency in ms" + (c.mode() == LoadMode.FIXED_RATE
                ? ", from each request's intended send time (queueing included)" : ", from send time"));
        out.printf("%-9s %8s %9s %9s %9s %9s %9s %9s %9s %6s %5s  %s%n", "operation", "count", "req/s",
                "p50", "p90", "p99", "p99.9", "p99.99", "max", "errors", "ryw!", "statuses");
        for (OperationSummary op : summary.operations()) {
            if (op.count() == 0 && op.rywViolations() == 0) {
                continue;
            }
            out.printf("%-9s %8d %9.1f", op.operation().label(), op.count(), op.ratePerSecond());
            for (double p : PERCENTILES) {
                out.printf(" %9.2f", op.percentileMillis(p));
            }
            out.printf(" %9.2f %6d %5d  %s%n", op.maxMillis(), op.errors(), op.rywViolations(), op.statusCounts());
        }
        out.printf("total %d requests, %.1f mix req/s, error rate %.4f, %d read-your-writes violations",
                summary.totalRequests(), summary.achievedMixRate(), summary.errorRate(), summary.totalRywViolations());
        out.println(summary.unsentPlanned() > 0
                ? String.format(", %d planned requests never sent (client still behind at the end); replies received "
                        + "during the window: %.1f mix req/s", summary.unsentPlanned(), summary.repliedMixRate())
                : "");
        RunSummary.Sent sent = summary.sent();
        out.printf("sent over the whole run (setup and warm-up included): %d account opens, %d cash deposits, "
                        + "%d position deposits, place %d, cancel %d, amend %d, query %d, get %d, ryw_read %d%n",
                sent.setup().openAccount(), sent.setup().depositCash(), sent.setup().depositPosition(),
                sent.of(Operation.PLACE), sent.of(Operation.CANCEL), sent.of(Operation.AMEND),
                sent.of(Operation.QUERY), sent.of(Operation.GET), sent.of(Operation.RYW_READ));
        for (String sample : summary.violationSamples()) {
            out.println("  violation: " + sample);
        }
    }
}
