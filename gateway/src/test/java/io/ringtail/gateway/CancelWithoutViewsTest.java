package io.ringtail.gateway;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.gateway.auth.KeyHasher;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import static io.ringtail.gateway.TestGateway.JSON;
import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #21, point 3: cancel and amend are authorized by the writer, from who the command says sends it, and
 * read no view. With every projection stopped, orders placed before and after the stop are cancelled and
 * amended by their traders and by an admin; another account's order is 404 and stays as it was.
 */
class CancelWithoutViewsTest {
    /** A trader whose key covers more accounts than a command carries: it must name the order's account. */
    private static final String WIDE_TRADER = "rt_test-trader-of-1-to-20-Wq4";

    @TempDir
    static Path dir;
    static TestGateway gateway;
    static Map<String, Long> watermarksAtStop;

    @BeforeAll
    static void start() throws IOException {
        var config = TestGateway.config(dir).build();
        addWideTraderKey(dir.resolve("api-keys.json"));
        gateway = TestGateway.start(config, Function.identity());
        for (int account = 1; account <= 3; account++) {
            expect(201, gateway.post("/accounts", "{\"accountId\": " + account + ", \"cash\": 1000000}"));
        }
        long head = gateway.headSequence();
        expect(200, gateway.get("/accounts/3?minVersion=" + head));
        expect(200, gateway.get("/accounts/1/orders?minVersion=" + head));

        gateway.server.readSide().host().close();
        watermarksAtStop = watermarks();
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void shouldCancelAndAmendWithEveryProjectionStopped() {
        long own = place(TestKeys.TRADER, 1, "t-own");
        long second = place(TestKeys.TRADER, 2, "t-second");
        long named = place(TestKeys.TRADER, 1, "t-named");
        long others = place(TestKeys.ADMIN, 3, "a-others");

        JsonObject amended = expect(200, as(TestKeys.TRADER, "PATCH", "/orders/" + second, "{\"quantity\": 30}"));
        assertEquals("NEW", amended.getString("status"));
        assertEquals("CANCELLED", expect(200, as(TestKeys.TRADER, "DELETE", "/orders/" + own, null)).getString("status"));
        assertEquals("CANCELLED", expect(200, as(TestKeys.TRADER, "DELETE", "/orders/" + named + "?accountId=1", null))
            .getString("status"));
        expect(200, as(TestKeys.ADMIN, "PATCH", "/orders/" + others, "{\"price\": 20}"));
        expect(200, as(TestKeys.ADMIN, "PATCH", "/orders/" + others, "{\"accountId\": 3, \"price\": 25}"));
        assertEquals("CANCELLED", expect(200, as(TestKeys.ADMIN, "DELETE", "/orders/" + second, null)).getString("status"));
        assertEquals("CANCELLED", expect(200, as(TestKeys.ADMIN, "DELETE", "/orders/" + others + "?accountId=3", null))
            .getString("status"));

        assertEquals(watermarksAtStop, watermarks(), "no projection applied anything: the views were never consulted");
        assertTrue(gateway.headSequence() > watermarksAtStop.values().stream().mapToLong(Long::longValue).max().orElseThrow());
    }

    @Test
    void shouldAnswerAnotherAccountsOrderAsMissingAndChangeNothing() {
        long others = place(TestKeys.ADMIN, 3, "a-untouchable");
        long head = gateway.headSequence();
        String[][] attempts = {
            {"DELETE", "/orders/" + others, null},
            {"DELETE", "/orders/" + others + "?accountId=3", null},
            {"DELETE", "/orders/" + others + "?accountId=1", null},
            {"PATCH", "/orders/" + others, "{\"price\": 20}"},
            {"PATCH", "/orders/" + others, "{\"accountId\": 3, \"quantity\": 20}"},
        };
        for (String[] attempt : attempts) {
            HttpResponse<String> response = as(TestKeys.TRADER, attempt[0], attempt[1], attempt[2]);
            assertEquals("UNKNOWN_ORDER", expect(404, response).getString("error"), attempt[0] + " " + attempt[1]);
        }
        HttpResponse<String> missing = as(TestKeys.TRADER, "DELETE", "/orders/999999", null);
        assertEquals("UNKNOWN_ORDER", expect(404, missing).getString("error"));
        assertEquals(new JsonObject(missing.body()).getString("message"),
            new JsonObject(as(TestKeys.TRADER, "DELETE", "/orders/" + others, null).body()).getString("message"),
            "another account's order reads exactly like a missing one");
        assertEquals(head, gateway.headSequence(), "nothing was journaled");

        // Unchanged: the admin's amend to the price the trader asked for still changes something, and the
        // cancel finds the order open with nothing filled.
        expect(200, as(TestKeys.ADMIN, "PATCH", "/orders/" + others, "{\"price\": 20}"));
        JsonObject cancelled = expect(200, as(TestKeys.ADMIN, "DELETE", "/orders/" + others, null));
        assertEquals("CANCELLED", cancelled.getString("status"));
    }

    @Test
    void shouldLetAKeyOfManyAccountsCancelOnlyByNamingTheAccount() {
        long order = place(TestKeys.ADMIN, 2, "a-for-wide");
        long head = gateway.headSequence();
        assertEquals("MISSING_FIELD", expect(400, as(WIDE_TRADER, "DELETE", "/orders/" + order, null)).getString("error"));
        assertEquals("UNKNOWN_ORDER", expect(404, as(WIDE_TRADER, "DELETE", "/orders/" + order + "?accountId=1", null))
            .getString("error"));
        assertEquals(head, gateway.headSequence());
        expect(200, as(WIDE_TRADER, "PATCH", "/orders/" + order, "{\"accountId\": 2, \"quantity\": 20}"));
        assertEquals("CANCELLED", expect(200, as(WIDE_TRADER, "DELETE", "/orders/" + order + "?accountId=2", null))
            .getString("status"));
    }

    private static long place(String key, long account, String clientOrderId) {
        return expect(201, as(key, "POST", "/orders", "{\"accountId\": " + account + ", \"clientOrderId\": \""
            + clientOrderId + "\", \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 10, \"quantity\": 10}"))
            .getLong("orderId");
    }

    private static Map<String, Long> watermarks() {
        Map<String, Long> watermarks = new HashMap<>();
        for (ProjectionAgent agent : gateway.server.readSide().host().agents()) {
            watermarks.put(agent.name(), agent.watermark());
        }
        return watermarks;
    }

    private static HttpResponse<String> as(String key, String method, String path, String body) {
        return gateway.send(key, method, path, body == null ? null : JSON, body == null ? null : body.getBytes());
    }

    private static void addWideTraderKey(Path keysFile) throws IOException {
        JsonObject keys = new JsonObject(Files.readString(keysFile));
        JsonArray accounts = new JsonArray();
        for (int account = 1; account <= 20; account++) {
            accounts.add(account);
        }
        keys.getJsonArray("keys").add(new JsonObject().put("principal", "test-wide-trader").put("role", "trader")
            .put("accounts", accounts).put("sha256", KeyHasher.hex(WIDE_TRADER)));
        Files.writeString(keysFile, keys.encodePrettily());
    }
}
