package io.ringtail.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.vertx.core.json.JsonObject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The load tester against the real gateway, started as a child JVM from the jar the gateway module built
 * earlier in the same reactor: a few seconds at a small fixed rate with --verify-ryw, then the gateway's own
 * {@code ringtail_commands_total} counters must equal, per command type, what the load tester says it sent
 * (setup and warm-up included): every command it counted reached the engine exactly once, accepted or not.
 */
class RealGatewayIntegrationTest {
    private static final Pattern COMMAND_SERIES =
            Pattern.compile("^ringtail_commands_total\\{command=\"([a-z_]+)\",outcome=\"[a-z_]+\"} ([0-9.eE+]+)$");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Test
    void shouldReachTheEngineExactlyOncePerCountedCommandWithReadYourWritesHolding() throws Exception {
        Path root = Path.of(System.getProperty("ringtail.root", "..")).toAbsolutePath().normalize();
        Path jar = root.resolve("gateway/target/ringtail-gateway.jar");
        if (!Files.isRegularFile(jar)) {
            fail("the gateway jar " + jar + " is missing: build the reactor (mvn -B verify, or mvn -B install "
                    + "-DskipTests) so the gateway module is packaged before loadtest's tests run");
        }
        int port = freePort();
        String url = "http://127.0.0.1:" + port;
        Path log = dir.resolve("gateway.log");
        Process gateway = new ProcessBuilder(javaBinary(), "@" + root.resolve("config/jvm.options"), "-Xmx512m",
                "-jar", jar.toString(), "--port", Integer.toString(port),
                "--data-dir", dir.resolve("data").toString(), "--event-loops", "1")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            awaitReady(gateway, url, log);
            // First start on an empty data directory: the gateway prints its new admin key, once.
            Matcher printed = Pattern.compile("(?m)^export RINGTAIL_KEY=(\\S+)$").matcher(Files.readString(log));
            assertTrue(printed.find(), "the gateway printed its admin key:\n" + Files.readString(log));
            String key = printed.group(1);

            Path reports = dir.resolve("report");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = RingtailLoad.execute(new String[] {"--url", url, "--mode", "fixed-rate", "--rate", "150",
                    "--connections", "4", "--accounts", "8", "--warmup", "1s", "--duration", "3s", "--verify-ryw",
                    "--run-id", "1", "--timeout", "5s", "--report-dir", reports.toString(), "--api-key", key},
                    new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
            String output = out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8);

            assertEquals(RingtailLoad.PASSED, exit, output);
            JsonObject report = new JsonObject(Files.readString(reports.resolve("report.json")));
            JsonObject totals = report.getJsonObject("totals");
            assertEquals(0, totals.getLong("errors"), output);
            assertEquals(0, totals.getLong("rywViolations"), output);
            assertTrue(totals.getLong("requests") > 300, output);

            JsonObject sent = report.getJsonObject("sent");
            assertTrue(sent.getLong("ryw_read") > 0, "--verify-ryw read back the acknowledged commands: " + sent);
            Map<String, Long> expected = new TreeMap<>(Map.of(
                    "open_account", sent.getLong("openAccount"),
                    "deposit_cash", sent.getLong("depositCash"),
                    "deposit_position", sent.getLong("depositPosition"),
                    // fok, post_only and market are PLACE_ORDER commands of other order types.
                    "place_order", sent.getLong("place") + sent.getLong("fok") + sent.getLong("post_only")
                            + sent.getLong("market"),
                    "cancel_order", sent.getLong("cancel"),
                    "amend_order", sent.getLong("amend")));
            if (sent.getLong("mass_cancel") > 0) {
                expected.put("mass_cancel", sent.getLong("mass_cancel"));
            }
            assertEquals(8, expected.get("open_account"));
            assertTrue(expected.get("cancel_order") > 0 && expected.get("amend_order") > 0, expected.toString());
            assertEquals(expected, commandCounters(url, key), "gateway /metrics vs the load tester's report\n" + output);
        } finally {
            stop(gateway);
        }
    }

    /** ringtail_commands_total summed over outcomes, per command type. */
    private Map<String, Long> commandCounters(String url, String key) throws IOException, InterruptedException {
        HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(URI.create(url + "/metrics"))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, metrics.statusCode());
        Map<String, Long> byCommand = new TreeMap<>();
        for (String line : metrics.body().split("\n")) {
            Matcher m = COMMAND_SERIES.matcher(line.trim());
            if (m.matches()) {
                byCommand.merge(m.group(1), (long) Double.parseDouble(m.group(2)), Long::sum);
            }
        }
        return byCommand;
    }

    private void awaitReady(Process gateway, String url, Path log) throws Exception {
        // Generous: on a 2-core machine shared by several builds (load average 20+), a cold gateway JVM took
        // 35 s to pre-allocate its state and views and answer ready.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            if (!gateway.isAlive()) {
                fail("the gateway exited with " + gateway.exitValue() + " before it was ready:\n" + Files.readString(log));
            }
            try {
                if (get(url + "/health/ready").statusCode() == 200) {
                    return;
                }
            } catch (IOException notYetListening) {
                // keep polling
            }
            Thread.sleep(100);
        }
        fail("the gateway was not ready within 90 s:\n" + Files.readString(log));
    }

    private HttpResponse<String> get(String uri) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(2)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(15, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
