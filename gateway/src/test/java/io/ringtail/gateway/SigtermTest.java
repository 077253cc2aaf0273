package io.ringtail.gateway;

import io.ringtail.trading.TradingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as operators run it, in its own JVM: SIGTERM while commands are in flight ends it with exit
 * code 0, and a restart on the same data directory finds every command it acknowledged.
 */
class SigtermTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)");

    @TempDir
    Path dir;

    @Test
    void shouldStopCleanlyOnSigtermAndKeepEveryAcknowledgedCommand() throws Exception {
        Process process = startChild();
        CompletableFuture<Integer> port = new CompletableFuture<>();
        StringBuilder output = new StringBuilder();
        Thread reader = new Thread(() -> readOutput(process, port, output), "child-output");
        reader.setDaemon(true);
        reader.start();
        long acknowledgedCash = 0;
        long highestVersion = 0;
        try {
            URI base = URI.create("http://127.0.0.1:" + port.get(60, TimeUnit.SECONDS));
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertEquals(201, post(client, base, "/accounts", "{\"accountId\": 5}").statusCode());
            for (int i = 1; i <= 20; i++) {
                HttpResponse<String> response = post(client, base, "/accounts/5/deposits", "{\"amount\": " + i + "}");
                assertEquals(200, response.statusCode(), response.body());
                acknowledgedCash += i;
                highestVersion = Math.max(highestVersion, version(response));
            }
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                inFlight.add(client.sendAsync(request(base, "/accounts/5/deposits", "{\"amount\": 1000}"),
                    HttpResponse.BodyHandlers.ofString()));
            }
            process.destroy();
            for (CompletableFuture<HttpResponse<String>> future : inFlight) {
                try {
                    HttpResponse<String> response = future.get(30, TimeUnit.SECONDS);
                    if (response.statusCode() == 200) {
                        acknowledgedCash += 1000;
                        highestVersion = Math.max(highestVersion, version(response));
                    }
                } catch (java.util.concurrent.ExecutionException refusedWhileStopping) {
                    // Connection refused or closed during shutdown: never acknowledged, so no promise to keep.
                }
            }
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the server stops after SIGTERM");
            assertEquals(0, process.exitValue(), "exit code after SIGTERM; output:\n" + output);
        } finally {
            process.destroyForcibly();
        }

        try (TestGateway restarted = TestGateway.start(TestGateway.config(dir.resolve("data")).build(), Function.identity())) {
            assertTrue(restarted.server.engine().recovery().lastSequence() >= highestVersion,
                "every acknowledged version is in the journal");
            restarted.close();
            long recoveredCash = ((TradingDomain) restarted.server.engine().domain()).dump().totalCash();
            assertTrue(recoveredCash >= acknowledgedCash, "recovered " + recoveredCash + " < acknowledged " + acknowledgedCash);
            assertEquals(0, (recoveredCash - acknowledgedCash) % 1000, "only whole in-flight deposits may be extra");
        }
    }

    private Process startChild() throws Exception {
        Path root = Paths.get(System.getProperty("ringtail.root"));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(),
            "@" + root.resolve("config/jvm.options"), "-Xmx256m", "-cp", classPath, "io.ringtail.gateway.Main",
            "--port", "0", "--data-dir", dir.resolve("data").toString(), "--event-loops", "1",
            "--max-accounts", "1000", "--max-open-orders", "1000", "--max-price-levels", "64", "--order-retention", "1000");
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static void readOutput(Process process, CompletableFuture<Integer> port, StringBuilder output) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                synchronized (output) {
                    output.append(line).append('\n');
                }
                Matcher matcher = LISTENING.matcher(line);
                if (matcher.find()) {
                    port.complete(Integer.parseInt(matcher.group(1)));
                }
            }
        } catch (java.io.IOException e) {
            port.completeExceptionally(e);
        }
        port.completeExceptionally(new IllegalStateException("the server exited before listening:\n" + output));
    }

    private static HttpResponse<String> post(HttpClient client, URI base, String path, String body) throws Exception {
        return client.send(request(base, path, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(URI base, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long version(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("X-Version").orElseThrow());
    }
}
