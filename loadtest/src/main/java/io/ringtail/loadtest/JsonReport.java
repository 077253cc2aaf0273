package io.ringtail.loadtest;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** report.json: the run's conditions, totals, verdict and per-operation numbers, for machines and CI. */
final class JsonReport {
    private JsonReport() {
    }

    static JsonObject toJson(RunSummary summary, List<String> breaches) {
        RunSummary.Conditions c = summary.conditions();
        JsonObject conditions = new JsonObject()
                .put("target", c.target()).put("mode", c.mode().label()).put("plannedRate", c.plannedRate())
                .put("connections", c.connections()).put("accounts", c.accounts())
                .put("symbols", new JsonArray(c.symbols())).put("mix", c.mix()).put("seed", c.seed())
                .put("runId", c.runId()).put("verifyRyw", c.verifyRyw())
                .put("warmupSeconds", c.warmupSeconds()).put("measuredSeconds", c.measuredSeconds())
                .put("latencyOrigin", c.mode() == LoadMode.FIXED_RATE ? "intended send time" : "send time");
        JsonObject totals = new JsonObject()
                .put("requests", summary.totalRequests()).put("errors", summary.totalErrors())
                .put("errorRate", summary.errorRate()).put("rywViolations", summary.totalRywViolations())
                .put("achievedMixRate", summary.achievedMixRate()).put("unsentPlanned", summary.unsentPlanned())
                .put("repliedMixRate", summary.repliedMixRate());
        JsonArray operations = new JsonArray();
        for (OperationSummary op : summary.operations()) {
            JsonObject latency = new JsonObject();
            for (double p : ConsoleReport.PERCENTILES) {
                latency.put("p" + formatPercentile(p), op.percentileMillis(p));
            }
            latency.put("max", op.maxMillis()).put("mean", op.histogram().getMean() / 1000.0);
            JsonObject statuses = new JsonObject();
            op.statusCounts().forEach(statuses::put);
            operations.add(new JsonObject()
                    .put("operation", op.operation().label()).put("count", op.count())
                    .put("ratePerSecond", op.ratePerSecond()).put("latencyMs", latency)
                    .put("statusCounts", statuses).put("errors", op.errors())
                    .put("rejections", op.rejections()).put("rywViolations", op.rywViolations()));
        }
        RunSummary.Sent sent = summary.sent();
        JsonObject sentJson = new JsonObject()
                .put("openAccount", sent.setup().openAccount()).put("depositCash", sent.setup().depositCash())
                .put("depositPosition", sent.setup().depositPosition());
        for (Operation op : Operation.values()) {
            sentJson.put(op.label(), sent.of(op));
        }
        return new JsonObject()
                .put("conditions", conditions).put("totals", totals).put("operations", operations)
                .put("sent", sentJson)
                .put("violationSamples", new JsonArray(summary.violationSamples()))
                .put("verdict", new JsonObject().put("passed", breaches.isEmpty()).put("breaches", new JsonArray(breaches)));
    }

    static void write(RunSummary summary, List<String> breaches, Path dir) throws IOException {
        Files.writeString(dir.resolve("report.json"), toJson(summary, breaches).encodePrettily(), StandardCharsets.UTF_8);
    }

    /** 99.9 becomes "99_9" so that keys stay valid identifiers in jq and JavaScript. */
    static String formatPercentile(double p) {
        String text = (p == Math.rint(p)) ? Long.toString((long) p) : Double.toString(p);
        return text.replace('.', '_');
    }
}
