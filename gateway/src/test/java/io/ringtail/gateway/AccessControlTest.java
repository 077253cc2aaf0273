package io.ringtail.gateway;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static io.ringtail.gateway.TestGateway.JSON;
import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Who may do what, over HTTP with {@link TestKeys}: an admin, a trader of accounts 1 and 2, a reader of
 * account 1. Account 3 belongs to nobody but the admin. Every refusal leaves the journal as it was.
 */
class AccessControlTest {
    @TempDir
    static Path dir;
    static TestGateway gateway;
    static long otherOrder;
    static long ownOrder;

    @BeforeAll
    static void start() {
        gateway = TestGateway.start(dir);
        for (int account = 1; account <= 3; account++) {
            expect(201, gateway.post("/accounts", "{\"accountId\": " + account + ", \"cash\": 1000000}"));
        }
        otherOrder = expect(201, gateway.post("/orders", order(3, "other"))).getLong("orderId");
        ownOrder = expect(201, as(TestKeys.TRADER, "POST", "/orders", order(1, "own"))).getLong("orderId");
        // Reads below look at what was written here: let the orders and accounts views apply all of it first.
        long head = gateway.headSequence();
        expect(200, gateway.get("/orders/" + ownOrder + "?minVersion=" + head));
        expect(200, gateway.get("/accounts/3?minVersion=" + head));
    }

    @AfterAll
    static void stop() {
        gateway.close();
    }

    @Test
    void shouldAnswer401WithoutAKeyOrWithAWrongOne() {
        long head = gateway.headSequence();
        for (String key : new String[] {null, "rt_not-a-key", TestKeys.ADMIN + "x", ""}) {
            HttpResponse<String> response = gateway.send(key, "POST", "/orders", JSON, order(1, "no-key").getBytes());
            assertError(401, "UNAUTHORIZED", response);
            assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Bearer"));
            assertFalse(response.body().contains("rt_"), "no key is echoed: " + response.body());
            assertError(401, "UNAUTHORIZED", gateway.send(key, "GET", "/orders/" + ownOrder, null, null));
            assertError(401, "UNAUTHORIZED", gateway.send(key, "GET", "/metrics", null, null));
            assertError(401, "UNAUTHORIZED", gateway.send(key, "GET", "/nowhere", null, null));
        }
        assertError(401, "UNAUTHORIZED", gateway.send("Basic " + TestKeys.ADMIN, "GET", "/instruments", null, null));
        assertEquals(head, gateway.headSequence(), "nothing unauthenticated is journaled");
        assertEquals(200, gateway.send(null, "GET", "/health/live", null, null).statusCode(), "probes need no key");
        assertEquals(200, gateway.send(null, "GET", "/health/ready", null, null).statusCode(), "probes need no key");
    }

    @Test
    void shouldAnswer404ToATraderForAnotherAccountsOrderAndJournalNothing() {
        long head = gateway.headSequence();
        HttpResponse<String> cancel = as(TestKeys.TRADER, "DELETE", "/orders/" + otherOrder, null);
        HttpResponse<String> missing = as(TestKeys.TRADER, "DELETE", "/orders/999999", null);
        assertError(404, "UNKNOWN_ORDER", cancel);
        assertEquals(missing.statusCode(), cancel.statusCode(), "another account's order reads like a missing one");
        assertEquals(new JsonObject(missing.body()).getString("message").replace("999999", "N"),
            new JsonObject(cancel.body()).getString("message").replace(Long.toString(otherOrder), "N"));
        assertError(404, "UNKNOWN_ORDER", as(TestKeys.TRADER, "DELETE", "/orders/" + otherOrder + "?accountId=1", null));
        assertError(404, "UNKNOWN_ORDER", as(TestKeys.TRADER, "DELETE", "/orders/" + otherOrder + "?accountId=3", null));
        assertError(404, "UNKNOWN_ORDER", as(TestKeys.TRADER, "PATCH", "/orders/" + otherOrder, "{\"price\": 2}"));
        assertError(404, "UNKNOWN_ORDER", as(TestKeys.TRADER, "GET", "/orders/" + otherOrder, null));
        assertError(404, "UNKNOWN_ORDER", as(TestKeys.READER, "GET", "/orders/" + otherOrder, null));
        assertEquals(head, gateway.headSequence(), "an unauthorized command never reaches the ring");
        assertEquals("NEW", expect(200, gateway.get("/orders/" + otherOrder)).getString("status"));
    }

    @Test
    void shouldLetATraderTradeAndReadItsOwnAccountsOnly() {
        assertEquals(1, expect(200, as(TestKeys.TRADER, "GET", "/orders/" + ownOrder, null)).getLong("accountId"));
        expect(200, as(TestKeys.TRADER, "GET", "/accounts/1", null));
        expect(200, as(TestKeys.TRADER, "GET", "/accounts/2/orders", null));
        long head = gateway.headSequence();
        assertError(403, "FORBIDDEN", as(TestKeys.TRADER, "POST", "/orders", order(3, "not-mine")));
        assertError(403, "FORBIDDEN", as(TestKeys.TRADER, "GET", "/accounts/3", null));
        assertError(403, "FORBIDDEN", as(TestKeys.TRADER, "GET", "/accounts/3/orders", null));
        assertEquals(head, gateway.headSequence());
        long amendable = expect(201, as(TestKeys.TRADER, "POST", "/orders", order(2, "amend-me"))).getLong("orderId");
        assertEquals(20, expect(200, as(TestKeys.TRADER, "PATCH", "/orders/" + amendable, "{\"quantity\": 20}"))
            .getLong("filledQuantity") + 20);
        long cancellable = expect(201, as(TestKeys.TRADER, "POST", "/orders", order(1, "cancel-me"))).getLong("orderId");
        assertEquals("CANCELLED", expect(200, as(TestKeys.TRADER, "DELETE", "/orders/" + cancellable, null))
            .getString("status"), "the account comes from the order, checked against the key");
    }

    @Test
    void shouldRefuseTradingToAReader() {
        long head = gateway.headSequence();
        assertError(403, "FORBIDDEN", as(TestKeys.READER, "POST", "/orders", order(1, "reader")));
        assertError(403, "FORBIDDEN", as(TestKeys.READER, "DELETE", "/orders/" + ownOrder, null));
        assertError(403, "FORBIDDEN", as(TestKeys.READER, "PATCH", "/orders/" + ownOrder, "{\"price\": 2}"));
        assertEquals(head, gateway.headSequence());
        expect(200, as(TestKeys.READER, "GET", "/accounts/1", null));
        expect(200, as(TestKeys.READER, "GET", "/orders/" + ownOrder, null));
        assertError(403, "FORBIDDEN", as(TestKeys.READER, "GET", "/accounts/2", null));
        expect(200, as(TestKeys.READER, "GET", "/books/ACME", null));
        assertEquals(200, as(TestKeys.READER, "GET", "/instruments", null).statusCode());
        expect(200, as(TestKeys.READER, "GET", "/trades/ACME", null));
    }

    @Test
    void shouldKeepAdminRoutesFromTraders() {
        long head = gateway.headSequence();
        for (String key : new String[] {TestKeys.TRADER, TestKeys.READER}) {
            assertError(403, "FORBIDDEN", as(key, "POST", "/accounts", "{\"accountId\": 1}"));
            assertError(403, "FORBIDDEN", as(key, "POST", "/accounts/1/deposits", "{\"amount\": 5}"));
            assertError(403, "FORBIDDEN", as(key, "POST", "/accounts/1/withdrawals", "{\"amount\": 5}"));
            assertError(403, "FORBIDDEN", as(key, "GET", "/admin/state", null));
        }
        assertEquals(head, gateway.headSequence());
        expect(200, gateway.post("/accounts/1/deposits", "{\"amount\": 5}"));
    }

    private static HttpResponse<String> as(String key, String method, String path, String body) {
        return gateway.send(key, method, path, body == null ? null : JSON, body == null ? null : body.getBytes());
    }

    private static String order(long account, String clientOrderId) {
        return "{\"accountId\": " + account + ", \"clientOrderId\": \"" + clientOrderId
            + "\", \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 10, \"quantity\": 10}";
    }

    private static void assertError(int status, String code, HttpResponse<String> response) {
        assertEquals(code, expect(status, response).getString("error"), response.body());
    }
}
