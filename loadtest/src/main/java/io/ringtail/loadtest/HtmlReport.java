package io.ringtail.loadtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * report.html: one self-contained page (inline CSS and SVG, nothing fetched) with the conditions,
 * the verdict, the summary table and the latency-by-percentile plot.
 */
final class HtmlReport {
    private HtmlReport() {
    }

    static String render(RunSummary summary, List<String> breaches) {
        RunSummary.Conditions c = summary.conditions();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                + "<title>Ringtail load report</title><style>"
                + "body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                + "td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th{background:#f4f4f4}"
                + ".fail{color:#b00}.pass{color:#070}</style></head><body>\n<h1>Ringtail load report</h1>\n");
        html.append(String.format(Locale.ROOT, "<p>target %s &middot; mode <b>%s</b>%s &middot; %d connections &middot; "
                        + "%d accounts &middot; symbols %s &middot; mix %s &middot; seed %d &middot; run id %d &middot; "
                        + "%.1f s measured after %.1f s warm-up%s</p>%n",
                escape(c.target()), c.mode().label(),
                c.mode() == LoadMode.FIXED_RATE ? String.format(Locale.ROOT, " at %.0f req/s", c.plannedRate()) : "",
                c.connections(), c.accounts(), escape(String.join(", ", c.symbols())), escape(c.mix()), c.seed(),
                c.runId(), c.measuredSeconds(), c.warmupSeconds(), c.verifyRyw() ? " &middot; read-your-writes verified" : ""));
        html.append("<p>Latency is measured from ").append(c.mode() == LoadMode.FIXED_RATE
                ? "each request's <i>intended</i> send time on the fixed schedule, so time spent queued behind a slow reply counts."
                : "the moment each request was sent (closed loop: a slow server lowers the rate instead).").append("</p>\n");
        html.append(breaches.isEmpty() ? "<p class=\"pass\">PASSED</p>\n" : "<p class=\"fail\">FAILED: "
                + escape(String.join("; ", breaches)) + "</p>\n");
        if (summary.unsentPlanned() > 0) {
            html.append(String.format(Locale.ROOT, "<p class=\"fail\">Above saturation: %d planned requests were never sent "
                    + "(the client was still behind at the end); the gateway answered %.1f mix req/s during the window, "
                    + "%.1f of them for requests planned in it.</p>%n", summary.unsentPlanned(), summary.repliedMixRate(),
                    summary.achievedMixRate()));
        }
        html.append(table(summary));
        html.append(LatencyPlot.svg(summary.operations()));
        if (!summary.violationSamples().isEmpty()) {
            html.append("<h2>Read-your-writes violations (first ").append(summary.violationSamples().size()).append(")</h2><ul>\n");
            summary.violationSamples().forEach(v -> html.append("<li>").append(escape(v)).append("</li>\n"));
            html.append("</ul>\n");
        }
        return html.append("</body></html>\n").toString();
    }

    static void write(RunSummary summary, List<String> breaches, Path dir) throws IOException {
        Files.writeString(dir.resolve("report.html"), render(summary, breaches), StandardCharsets.UTF_8);
    }

    private static String table(RunSummary summary) {
        StringBuilder t = new StringBuilder("<table><tr><th>operation</th><th>count</th><th>req/s</th>");
        for (double p : ConsoleReport.PERCENTILES) {
            t.append("<th>p").append(JsonReport.formatPercentile(p).replace('_', '.')).append(" ms</th>");
        }
        t.append("<th>max ms</th><th>errors</th><th>422</th><th>RYW violations</th><th>statuses</th></tr>\n");
        for (OperationSummary op : summary.operations()) {
            if (op.count() == 0 && op.rywViolations() == 0) {
                continue;
            }
            t.append(String.format(Locale.ROOT, "<tr><td>%s</td><td>%d</td><td>%.1f</td>", op.operation().label(),
                    op.count(), op.ratePerSecond()));
            for (double p : ConsoleReport.PERCENTILES) {
                t.append(String.format(Locale.ROOT, "<td>%.2f</td>", op.percentileMillis(p)));
            }
            t.append(String.format(Locale.ROOT, "<td>%.2f</td><td>%d</td><td>%d</td><td>%d</td><td>%s</td></tr>%n",
                    op.maxMillis(), op.errors(), op.rejections(), op.rywViolations(), escape(op.statusCounts().toString())));
        }
        return t.append("</table>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
