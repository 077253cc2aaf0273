package io.ringtail.gateway.metrics;

import io.ringtail.gateway.TestKeys;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The shipped config and rules in a real Prometheus: promtool accepts them, Prometheus scrapes a running
 * gateway, and the lag alert fires while a projection is held back. Runs wherever {@code prometheus} is
 * installed, and always in CI ({@code CI=true}), where {@code .ci/run} installs it. The copies given to
 * Prometheus differ from the shipped files only in the target's port, 1 s intervals, {@code for: 0s} and a
 * 1 s lag threshold, so the test needs seconds instead of minutes; beside them lies the key file the shipped
 * config names, holding a reader key, as an operator sets it up (promtool refuses a config whose key file
 * is missing, so the copy is what it checks).
 */
class PrometheusIntegrationTest {
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path dir;

    @Test
    void shouldScrapeTheGatewayAndFireTheLagAlertWithTheShippedFiles() throws Exception {
        assumeTrue(onPath("prometheus") && onPath("promtool") || "true".equals(System.getenv("CI")),
            "prometheus is not installed (apt-get install prometheus); CI always runs this test");
        Path ops = OpsFiles.dir();
        run("promtool", "check", "rules", ops.resolve("alerts.yml").toString());

        try (MetricsGateway gateway = MetricsGateway.start(MetricsGateway.config(dir.resolve("data")).build())) {
            Path config = dir.resolve("prometheus.yml");
            Files.writeString(dir.resolve("ringtail-metrics.key"), TestKeys.READER + "\n");
            Files.writeString(config, replace(Files.readString(ops.resolve("prometheus.yml")),
                "127.0.0.1:8080", "127.0.0.1:" + gateway.port(), "scrape_interval: 15s", "scrape_interval: 1s",
                "evaluation_interval: 15s", "evaluation_interval: 1s"));
            Files.writeString(dir.resolve("alerts.yml"), replace(Files.readString(ops.resolve("alerts.yml")),
                "for: 1m", "for: 0s", "ringtail_projection_lag_seconds > 30", "ringtail_projection_lag_seconds > 1"));
            run("promtool", "check", "config", config.toString());
            int port = freePort();
            Process prometheus = new ProcessBuilder("prometheus", "--config.file=" + config,
                "--storage.tsdb.path=" + dir.resolve("tsdb"), "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(dir.resolve("prometheus.log").toFile()).start();
            try {
                String api = "http://127.0.0.1:" + port + "/api/v1/";
                MetricsGateway.await("the target to be up", () -> "1".equals(firstValue(api, "up{job=\"ringtail\"}")));
                MetricsGateway.await("the lag series", () -> firstValue(api, "ringtail_projection_lag_events{projection=\"accounts\"}") != null);
                assertEquals("0", firstValue(api, "ringtail_projection_lag_events{projection=\"accounts\"}"));
                assertNotEquals("firing", lagAlertState(api), "no alert while the projection keeps up");

                gateway.host.agent("accounts").hold(true);
                gateway.expect(201, gateway.post("/accounts", "{\"accountId\": 1}"));
                MetricsGateway.await("the lag alert to fire", () -> "firing".equals(lagAlertState(api)));
                assertEquals("1", firstValue(api, "ringtail_projection_lag_events{projection=\"accounts\"}"));
                gateway.host.agent("accounts").hold(false);
            } finally {
                prometheus.destroy();
                if (!prometheus.waitFor(10, TimeUnit.SECONDS)) {
                    prometheus.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                }
            }
        }
    }

    /** The value of the query's first series as Prometheus prints it, or null when there is none yet. */
    private String firstValue(String api, String query) {
        JsonArray result = get(api + "query?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))
            .getJsonObject("data").getJsonArray("result");
        return result.isEmpty() ? null : result.getJsonObject(0).getJsonArray("value").getString(1);
    }

    private String lagAlertState(String api) {
        for (Object alert : get(api + "alerts").getJsonObject("data").getJsonArray("alerts")) {
            JsonObject a = (JsonObject) alert;
            if ("RingtailProjectionLagging".equals(a.getJsonObject("labels").getString("alertname"))
                && "accounts".equals(a.getJsonObject("labels").getString("projection"))) {
                return a.getString("state");
            }
        }
        return null;
    }

    private JsonObject get(String url) {
        try {
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(url))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
            return new JsonObject(response.body());
        } catch (IOException | io.vertx.core.json.DecodeException e) {
            // Not up yet, or still starting ("Service Unavailable" as plain text): nothing to read yet.
            return new JsonObject().put("data", new JsonObject().put("result", new JsonArray()).put("alerts", new JsonArray()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** Replaces pairs of (text, replacement), each of which must occur, so the copy cannot silently drift. */
    private static String replace(String text, String... pairs) {
        for (int i = 0; i < pairs.length; i += 2) {
            if (!text.contains(pairs[i])) {
                throw new AssertionError("shipped file no longer contains '" + pairs[i] + "'");
            }
            text = text.replace(pairs[i], pairs[i + 1]);
        }
        return text;
    }

    private void run(String... command) throws IOException, InterruptedException {
        Path log = Files.createTempFile(dir, "promtool", ".log");
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not finish");
        }
        assertEquals(0, process.exitValue(), String.join(" ", command) + ":\n" + Files.readString(log));
    }

    private static boolean onPath(String program) {
        for (String entry : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(entry, program))) {
                return true;
            }
        }
        return false;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
