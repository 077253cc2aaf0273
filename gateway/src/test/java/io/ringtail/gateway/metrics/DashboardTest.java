package io.ringtail.gateway.metrics;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped Grafana dashboard parses and asks only for metrics a real server exposes. */
class DashboardTest {
    private static final Pattern METRIC = Pattern.compile("\\b(?:ringtail|jvm|process)_[a-z0-9_]+");

    @TempDir
    Path dir;

    @Test
    void shouldReferOnlyToMetricsTheServerExposes() throws Exception {
        JsonObject dashboard = new JsonObject(Files.readString(OpsFiles.dir().resolve("grafana-dashboard.json")));
        List<String> expressions = new ArrayList<>();
        collectExpressions(dashboard, expressions);
        Set<String> used = new TreeSet<>();
        for (String expression : expressions) {
            Matcher matcher = METRIC.matcher(expression);
            while (matcher.find()) {
                used.add(matcher.group());
            }
        }
        assertTrue(used.size() >= 15, "the dashboard covers the main metrics, found " + used);

        try (MetricsGateway gateway = MetricsGateway.start(MetricsGateway.config(dir).build())) {
            gateway.expect(201, gateway.post("/accounts", "{\"accountId\": 1}"));
            System.gc(); // GC pause timers appear with the first collection the JVM reports
            MetricsGateway.await("a GC to be reported", () -> gateway.scrape().names().contains("jvm_gc_pause_seconds_count"));
            Set<String> exposed = gateway.scrape().names();
            Set<String> missing = new TreeSet<>(used);
            missing.removeAll(exposed);
            assertEquals(Set.of(), missing, "dashboard metrics not in /metrics");
        }
    }

    @Test
    void shouldFindTheExpressionsOfEveryPanel() throws IOException {
        JsonObject dashboard = new JsonObject(Files.readString(OpsFiles.dir().resolve("grafana-dashboard.json")));
        List<String> expressions = new ArrayList<>();
        collectExpressions(dashboard, expressions);
        int targets = 0;
        for (Object panel : dashboard.getJsonArray("panels")) {
            targets += ((JsonObject) panel).getJsonArray("targets").size();
        }
        assertTrue(targets > 10, "panels carry queries");
        assertTrue(expressions.size() >= targets, "every target's expr was read");
    }

    private static void collectExpressions(Object node, List<String> into) {
        if (node instanceof JsonObject object) {
            for (String key : object.fieldNames()) {
                Object value = object.getValue(key);
                if (value instanceof String text && (key.equals("expr") || key.equals("definition"))) {
                    into.add(text);
                } else {
                    collectExpressions(value, into);
                }
            }
        } else if (node instanceof JsonArray array) {
            for (Object element : array) {
                collectExpressions(element, into);
            }
        }
    }
}
