package io.ringtail.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole command against an in-test fake gateway: exit status, counts, reports, pacing. */
class RingtailLoadTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err, JsonObject report) {
        JsonObject op(String label) {
            return report.getJsonArray("operations").stream().map(JsonObject.class::cast)
                    .filter(o -> o.getString("operation").equals(label)).findFirst().orElseThrow();
        }

        JsonObject totals() {
            return report.getJsonObject("totals");
        }
    }

    private Run run(String url, String... options) throws IOException {
        List<String> args = new ArrayList<>(List.of("--url", url, "--report-dir", dir.toString(), "--run-id", "7",
                "--accounts", "8", "--timeout", "5s"));
        args.addAll(List.of(options));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = RingtailLoad.execute(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        Path json = dir.resolve("report.json");
        JsonObject report = Files.exists(json) ? new JsonObject(Files.readString(json)) : null;
        return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), report);
    }

    private static long sumOfStatuses(JsonObject op) {
        return op.getJsonObject("statusCounts").stream().mapToLong(e -> ((Number) e.getValue()).longValue()).sum();
    }

    @Test
    void shouldCountEveryReplyAndItsStatusInFixedEndpointMode() throws Exception {
        try (FakeGateway gateway = FakeGateway.healthy()) {
            Run ok = run(gateway.url(), "--mode", "max", "--connections", "3", "--warmup", "200ms",
                    "--duration", "1s", "--endpoint", "/instruments");
            assertEquals(RingtailLoad.PASSED, ok.exit(), ok.out() + ok.err());
            JsonObject get = ok.op("get");
            assertTrue(get.getLong("count") > 50, get.encode());
            assertEquals(Set.of("200"), get.getJsonObject("statusCounts").fieldNames());
            assertEquals(get.getLong("count"), sumOfStatuses(get));

            Run missing = run(gateway.url(), "--mode", "max", "--connections", "2", "--warmup", "100ms",
                    "--duration", "500ms", "--endpoint", "/orders/987654");
            JsonObject miss = missing.op("get");
            assertEquals(Set.of("404"), miss.getJsonObject("statusCounts").fieldNames(), miss.encode());
            assertEquals(miss.getLong("count"), miss.getLong("errors"), "a 404 is an error");
            assertEquals(RingtailLoad.THRESHOLD_BREACHED, missing.exit());
        }
    }

    @Test
    void shouldCountOperationsAndStatusCodesAndWriteReadableReports() throws Exception {
        try (FakeGateway gateway = FakeGateway.healthy()) {
            Run run = run(gateway.url(), "--mode", "max", "--connections", "4", "--warmup", "300ms",
                    "--duration", "1500ms", "--verify-ryw");

            assertEquals(RingtailLoad.PASSED, run.exit(), run.out() + run.err());
            JsonObject place = run.op("place");
            assertTrue(place.getLong("count") > 50, place.encode());
            assertEquals(Set.of("201"), place.getJsonObject("statusCounts").fieldNames());
            assertEquals(place.getLong("count"), sumOfStatuses(place));
            JsonObject cancel = run.op("cancel");
            assertTrue(cancel.getLong("count") > 0);
            assertTrue(Set.of("200", "422").containsAll(cancel.getJsonObject("statusCounts").fieldNames()), cancel.encode());
            assertEquals(cancel.getJsonObject("statusCounts").getLong("422", 0L), cancel.getLong("rejections"));
            assertTrue(run.op("query").getLong("count") > 0);
            assertTrue(run.op("ryw_read").getLong("count") > 0, "every acknowledged command is read back");
            assertEquals(0, run.totals().getLong("errors"));
            assertEquals(0, run.totals().getLong("rywViolations"));
            assertTrue(gateway.requests() >= run.totals().getLong("requests"));
            assertTrue(run.out().contains("req/s"), "progress lines and table on stdout");

            List<String> hgrm = Files.readAllLines(dir.resolve("place.hgrm"));
            assertTrue(hgrm.size() > 10 && hgrm.get(0).contains("Value"), String.join("\n", hgrm));
            String html = Files.readString(dir.resolve("report.html"));
            assertTrue(html.contains("<svg") && html.contains("<polyline"), "plot is inline SVG");
            assertFalse(html.contains("http://") || html.contains("https://") || html.contains("src="),
                    "the report loads nothing from outside");
        }
    }

    @Test
    void shouldDetectStaleViewsAsReadYourWritesViolations() throws Exception {
        try (FakeGateway gateway = FakeGateway.withStaleViews()) {
            String[] load = {"--mode", "max", "--connections", "2", "--warmup", "0s", "--duration", "1s",
                    "--mix", "place=40,cancel=30,amend=30"};
            Run unchecked = run(gateway.url(), load);
            assertEquals(RingtailLoad.PASSED, unchecked.exit(), "without --verify-ryw nothing is checked");
            assertEquals(0, unchecked.totals().getLong("rywViolations"));

            Run checked = run(gateway.url(), concat(load, "--verify-ryw"));
            assertEquals(RingtailLoad.THRESHOLD_BREACHED, checked.exit(), checked.out());
            assertTrue(checked.op("cancel").getLong("rywViolations") > 0, checked.op("cancel").encode());
            assertTrue(checked.op("amend").getLong("rywViolations") > 0, checked.op("amend").encode());
            assertEquals(0, checked.op("place").getLong("rywViolations"), "a fresh order's first view is right");
            assertFalse(checked.report().getJsonArray("violationSamples").isEmpty());
            assertFalse(checked.report().getJsonObject("verdict").getBoolean("passed"));

            Run tolerated = run(gateway.url(), concat(load, "--verify-ryw", "--max-ryw-violations", "1000000"));
            assertEquals(RingtailLoad.PASSED, tolerated.exit());
        }
    }

    @Test
    void shouldFailWhenTheErrorRateExceedsTheThreshold() throws Exception {
        try (FakeGateway gateway = FakeGateway.overloaded()) {
            String[] load = {"--mode", "fixed-rate", "--rate", "200", "--connections", "2", "--warmup", "0s",
                    "--duration", "1s", "--mix", "place=1"};
            Run failing = run(gateway.url(), load);
            assertEquals(RingtailLoad.THRESHOLD_BREACHED, failing.exit());
            JsonObject place = failing.op("place");
            assertEquals(place.getLong("count"), place.getJsonObject("statusCounts").getLong("503"));
            assertEquals(place.getLong("count"), place.getLong("errors"));
            assertTrue(failing.out().contains("FAILED: error rate"), failing.out());

            Run tolerated = run(gateway.url(), concat(load, "--max-error-rate", "1"));
            assertEquals(RingtailLoad.PASSED, tolerated.exit());
        }
    }

    @Test
    void shouldFailWhenALatencyPercentileIsAboveItsLimit() throws Exception {
        long delayMillis = 20;
        try (FakeGateway gateway = FakeGateway.slow(delayMillis)) {
            // 2 connections x 1000/20 = 100 replies/s, twice the plan: no queue, each place takes ~20 ms.
            String[] load = {"--mode", "fixed-rate", "--rate", "50", "--connections", "2", "--warmup", "0s",
                    "--duration", "1s", "--mix", "place=1"};
            Run failing = run(gateway.url(), concat(load, "--max-latency", "place:p50=5ms,p99=1m"));
            assertEquals(RingtailLoad.THRESHOLD_BREACHED, failing.exit(), failing.out());
            assertTrue(failing.out().lines().anyMatch(l -> l.startsWith("FAILED: place p50 ")
                    && l.endsWith("> --max-latency place:p50=5ms")), failing.out());
            assertEquals(1, failing.out().lines().filter(l -> l.startsWith("FAILED:")).count(), failing.out());
            assertFalse(failing.report().getJsonObject("verdict").getBoolean("passed"));

            Run passing = run(gateway.url(), concat(load, "--max-latency", "place:p50=10s", "--max-latency", "max=1m"));
            assertEquals(RingtailLoad.PASSED, passing.exit(), passing.out());
        }
    }

    @Test
    void shouldRejectBadArgumentsWithOneLineAndExitTwo() throws Exception {
        String[][] bad = {
                {"--mix", "place=abc"},
                {"--mode", "sometimes"},
                {"--rate", "0"},
                {"--duration", "forever"},
                {"--connections", "0"},
                {"--max-latency", "p99"},
                {"--max-latency", "sell:p99=5ms"},
        };
        for (String[] args : bad) {
            Run run = run("http://127.0.0.1:1", args);
            assertEquals(RingtailLoad.BAD_ARGUMENTS, run.exit(), String.join(" ", args));
            assertEquals(1, run.err().strip().lines().count(), run.err());
            assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
        }
        Run noUrl = run("http://127.0.0.1:1", "--url", "ftp://x");
        assertEquals(RingtailLoad.BAD_ARGUMENTS, noUrl.exit());
    }

    @Test
    void shouldExitOneWhenTheGatewayIsUnreachable() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Run run = run("http://127.0.0.1:" + port, "--duration", "1s");
        assertEquals(RingtailLoad.CANNOT_RUN, run.exit());
        assertTrue(run.err().contains("instruments"), run.err());
    }

    @Test
    void shouldSendAtThePlannedRateInFixedRateMode() throws Exception {
        try (FakeGateway gateway = FakeGateway.healthy()) {
            Run run = run(gateway.url(), "--mode", "fixed-rate", "--rate", "200", "--connections", "4",
                    "--warmup", "500ms", "--duration", "2s");
            assertEquals(RingtailLoad.PASSED, run.exit(), run.out());
            long sent = run.report().getJsonArray("operations").stream().map(JsonObject.class::cast)
                    .filter(o -> !o.getString("operation").equals("ryw_read")).mapToLong(o -> o.getLong("count")).sum();
            // 200 req/s for 2 s = 400 planned; a closed loop against this server would send thousands.
            assertTrue(sent >= 240 && sent <= 404, "sent " + sent);
        }
    }

    @Test
    void shouldChargeQueueingDelayToTheIntendedSendTime() throws Exception {
        long delayMillis = 20;
        try (FakeGateway gateway = FakeGateway.slow(delayMillis)) {
            // 2 connections x 1000/20 = at most 100 replies/s, against a plan of 400/s.
            Run openLoop = run(gateway.url(), "--mode", "fixed-rate", "--rate", "400", "--connections", "2",
                    "--warmup", "0s", "--duration", "2s", "--mix", "place=1", "--max-error-rate", "1");
            double openP50 = openLoop.op("place").getJsonObject("latencyMs").getDouble("p50");
            double openP99 = openLoop.op("place").getJsonObject("latencyMs").getDouble("p99");
            assertTrue(openP50 > 5 * delayMillis, "p50 " + openP50 + " ms should include the queueing delay");
            assertTrue(openP99 > 20 * delayMillis, "p99 " + openP99 + " ms should include the queueing delay");
            assertTrue(openLoop.totals().getLong("unsentPlanned") > 0, "the plan could not be kept");
            // What the server got done, not the 400/s planned: it cannot reply faster than 100/s.
            double replied = openLoop.totals().getDouble("repliedMixRate");
            assertTrue(replied > 0 && replied <= 105, "replies received per second: " + replied);

            Run closedLoop = run(gateway.url(), "--mode", "max", "--connections", "2", "--warmup", "0s",
                    "--duration", "1s", "--mix", "place=1");
            double closedP50 = closedLoop.op("place").getJsonObject("latencyMs").getDouble("p50");
            assertTrue(closedP50 >= delayMillis * 0.9, "closed loop still sees the server delay: " + closedP50);
            assertTrue(closedP50 * 2 < openP50, "closed loop hides the queue: " + closedP50 + " vs " + openP50);
        }
    }

    private static String[] concat(String[] head, String... tail) {
        List<String> all = new ArrayList<>(List.of(head));
        all.addAll(List.of(tail));
        return all.toArray(String[]::new);
    }
}
