package io.ringtail.gateway.faults;

import io.ringtail.gateway.ChildGateway;
import io.ringtail.gateway.OpenApiContract;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #8, disk full: a real server whose journal lives on a small tmpfs that the test fills. Commands then
 * get 503 JOURNAL_UNAVAILABLE naming the cause, nothing refused is ever acknowledged, the process stays live
 * (readiness says why it is not ready), and once the space comes back commands succeed again without a
 * restart. A restart then finds exactly the acknowledged commands.
 */
class DiskFullTest {
    private static final int IN_FLIGHT = 32;
    private static final int MAX_REQUESTS = 60_000;
    private static final int REFUSALS_WANTED = 50;
    private static final String[] VIEW_CAPACITIES = {"--view-max-orders", "20000", "--view-order-retention", "1000", "--view-max-accounts", "1000"};

    /** The admin key the server printed on its first start on the small disk. */
    private String key;

    @TempDir
    Path dir;

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void shouldRefuseCommandsWhileTheDiskIsFullAndResumeWhenSpaceReturns() throws Exception {
        StringBuilder why = new StringBuilder();
        SmallFilesystem disk = SmallFilesystem.tryMount(dir.resolve("disk"), 16, why);
        Assumptions.assumeTrue(disk != null, () -> "skipped: " + why);
        try (disk) {
            Path dataDir = disk.root().resolve("data");
            long acknowledged;
            long highestVersion;
            long lastOrderId;
            try (ChildGateway server = ChildGateway.start(dataDir, VIEW_CAPACITIES)) {
                URI base = server.base();
                key = server.firstKey();
                assertEquals(201, post(base, "/accounts", "{\"accountId\": 7}").statusCode());
                HttpResponse<String> first = post(base, "/accounts/7/deposits", "{\"amount\": 1}");
                assertEquals(200, first.statusCode(), first.body());
                acknowledged = 1;
                highestVersion = version(first);

                Path filler = disk.root().resolve("filler");
                disk.fill(filler);

                // Orders with the longest client order ids make the largest events, so the room the journal
                // had reserved before the disk filled runs out after fewer requests.
                int refused = 0;
                int sent = 0;
                lastOrderId = 0;
                long acknowledgedOrders = 0;
                while (refused < REFUSALS_WANTED && sent < MAX_REQUESTS) {
                    List<CompletableFuture<HttpResponse<String>>> wave = new ArrayList<>();
                    for (int i = 0; i < IN_FLIGHT; i++) {
                        String order = order(sent++);
                        wave.add(OpenApiContract.sendAsync(client, request(base, "/orders", order), order));
                    }
                    for (CompletableFuture<HttpResponse<String>> future : wave) {
                        HttpResponse<String> response = future.get(30, TimeUnit.SECONDS);
                        if (response.statusCode() == 201) {
                            highestVersion = Math.max(highestVersion, version(response));
                            lastOrderId = Math.max(lastOrderId, new JsonObject(response.body()).getLong("orderId"));
                            acknowledgedOrders++;
                        } else {
                            assertJournalUnavailable(response);
                            refused++;
                        }
                    }
                }
                assertTrue(refused >= REFUSALS_WANTED, "commands were refused once the disk filled; sent " + sent
                    + "\n" + tail(server.output()));
                System.out.printf("disk full after %d acknowledged orders; %d requests refused%n", acknowledgedOrders, refused);
                assertEquals(lastOrderId, acknowledgedOrders, "order ids 1..N went to acknowledged orders only");
                for (int i = 0; i < 5; i++) {
                    assertJournalUnavailable(post(base, "/orders", order(sent++)));
                }

                HttpResponse<String> live = get(base, "/health/live");
                assertEquals(200, live.statusCode(), "the server stays live while the disk is full: " + live.body());
                HttpResponse<String> ready = get(base, "/health/ready");
                assertEquals(503, ready.statusCode(), ready.body());
                JsonObject journal = new JsonObject(ready.body()).getJsonObject("details").getJsonObject("journal");
                assertEquals(false, journal.getBoolean("available"), ready.body());
                assertTrue(journal.getString("lastFailure").contains("No space left on device"), ready.body());
                String metrics = get(base, "/metrics").body();
                assertTrue(metrics.contains("ringtail_journal_available 0.0"), "journal availability gauge");

                Files.delete(filler);
                HttpResponse<String> resumed = post(base, "/accounts/7/deposits", "{\"amount\": 1}");
                assertEquals(200, resumed.statusCode(), "commands succeed again without a restart: " + resumed.body());
                acknowledged++;
                highestVersion = Math.max(highestVersion, version(resumed));
                assertEquals(200, get(base, "/health/ready").statusCode(), "ready again once the journal takes appends");
                assertTrue(get(base, "/metrics").body().contains("ringtail_journal_available 1.0"));
                assertEquals(0, server.stop(), "orderly stop after SIGTERM");
                assertTrue(!server.output().contains("InternalError"), "no fault in mapped memory:\n" + tail(server.output()));
            }

            try (ChildGateway restarted = ChildGateway.start(dataDir, VIEW_CAPACITIES)) {
                JsonObject live = new JsonObject(get(restarted.base(), "/health/live").body());
                assertEquals(highestVersion, live.getLong("headSequence"),
                    "the journal ends at the last acknowledged version: nothing refused took a sequence");
                HttpResponse<String> order = get(restarted.base(), "/orders/" + lastOrderId + "?minVersion=" + highestVersion);
                assertEquals(200, order.statusCode(), "the last acknowledged order was journaled: " + order.body());
                assertEquals(404, get(restarted.base(), "/orders/" + (lastOrderId + 1)).statusCode(),
                    "no refused order was journaled");
                HttpResponse<String> account = get(restarted.base(), "/accounts/7?minVersion=" + highestVersion);
                assertEquals(200, account.statusCode(), account.body());
                assertEquals(acknowledged, new JsonObject(account.body()).getLong("cash"),
                    "every acknowledged deposit and none of the refused ones");
                restarted.stop();
            }
        }
    }

    /** An IOC buy that finds no seller: accepted and cancelled at once, with a 64-character client order id. */
    private static String order(int n) {
        String clientOrderId = String.format("%064d", n);
        return "{\"accountId\": 7, \"clientOrderId\": \"" + clientOrderId + "\", \"symbol\": \"ACME\", \"side\": \"BUY\","
            + " \"price\": 1, \"quantity\": 1, \"timeInForce\": \"IOC\"}";
    }

    private static void assertJournalUnavailable(HttpResponse<String> response) {
        assertEquals(503, response.statusCode(), response.body());
        JsonObject body = new JsonObject(response.body());
        assertEquals("JOURNAL_UNAVAILABLE", body.getString("error"), response.body());
        assertTrue(body.getString("message").contains("No space left on device"), "the error names the cause: " + response.body());
    }

    private HttpResponse<String> post(URI base, String path, String body) throws Exception {
        return OpenApiContract.send(client, request(base, path, body), body);
    }

    private HttpResponse<String> get(URI base, String path) throws Exception {
        return OpenApiContract.send(client, HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + key).GET().build(), null);
    }

    private HttpRequest request(URI base, String path, String body) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static long version(HttpResponse<String> response) {
        return Long.parseLong(response.headers().firstValue("X-Version").orElseThrow());
    }

    private static String tail(String output) {
        return output.length() <= 4000 ? output : output.substring(output.length() - 4000);
    }
}
