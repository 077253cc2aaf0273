package io.ringtail.gateway;

import io.ringtail.trading.TradingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The server as operators run it, in its own JVM: SIGTERM while commands are in flight ends it with exit
 * code 0, and a restart on the same data directory finds every command it acknowledged.
 */
class SigtermTest {
    @TempDir
    Path dir;

    @Test
    void shouldStopCleanlyOnSigtermAndKeepEveryAcknowledgedCommand() throws Exception {
        long acknowledgedCash = 0;
        long highestVersion = 0;
        try (ChildGateway child = ChildGateway.start(dir.resolve("data"))) {
            URI base = URI.create("http://127.0.0.1:" + child.port());
            String key = child.firstKey();
            assertNotNull(key, "first start prints an admin key:\n" + child.output());
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            assertEquals(201, post(client, base, key, "/accounts", "{\"accountId\": 5}").statusCode());
            for (int i = 1; i <= 20; i++) {
                HttpResponse<String> response = post(client, base, key, "/accounts/5/deposits", "{\"amount\": " + i + "}");
                assertEquals(200, response.statusCode(), response.body());
                acknowledgedCash += i;
                highestVersion = Math.max(highestVersion, version(response));
            }
            List<CompletableFuture<HttpResponse<String>>> inFlight = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                inFlight.add(client.sendAsync(request(base, key, "/accounts/5/deposits", "{\"amount\": 1000}"),
                    HttpResponse.BodyHandlers.ofString()));
            }
            child.process.destroy();
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
            assertEquals(0, child.stop(), "exit code after SIGTERM; output:\n" + child.output());
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

    private static HttpResponse<String> post(HttpClient client, URI base, String key, String path, String body)
        throws Exception {
        return OpenApiContract.send(client, request(base, key, path, body), body);
    }

    private static HttpRequest request(URI base, String key, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long version(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("X-Version").orElseThrow());
    }
}
