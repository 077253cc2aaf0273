package io.ringtail.gateway;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.ringtail.gateway.TestGateway.JSON;
import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** FOK, post-only, MARKET, self-trade prevention and mass cancel through the HTTP API (issue #22). */
class OrderTypesApiTest {
    @TempDir
    Path dir;

    @Test
    void shouldPlaceTheNewOrderTypesAndMassCancel() {
        try (TestGateway gateway = TestGateway.start(dir)) {
            expect(201, gateway.post("/accounts", "{\"accountId\": 1, \"cash\": 1000000}"));
            expect(201, gateway.post("/accounts",
                "{\"accountId\": 2, \"cash\": 1000000, \"selfTradePrevention\": \"CANCEL_NEWEST\"}"));
            expect(200, gateway.post("/accounts/2/deposits", "{\"symbol\": \"BOLT\", \"quantity\": 100}"));

            expect(201, gateway.post("/orders", order(2, "s-1", "SELL").put("price", 500).put("quantity", 30).encode()));
            assertEquals("WOULD_CROSS", expect(422, gateway.post("/orders", order(1, "p-1", "BUY")
                .put("price", 500).put("quantity", 10).put("postOnly", true).encode())).getString("error"));
            JsonObject rests = expect(201, gateway.post("/orders", order(1, "p-2", "BUY")
                .put("price", 490).put("quantity", 10).put("postOnly", true).encode()));
            assertEquals("NEW", rests.getString("status"));
            assertEquals("FOK_NOT_FILLABLE", expect(422, gateway.post("/orders", order(1, "f-1", "BUY")
                .put("price", 500).put("quantity", 40).put("timeInForce", "FOK").encode())).getString("error"));
            JsonObject market = expect(201, gateway.post("/orders", order(1, "m-1", "BUY")
                .put("type", "MARKET").put("budget", 5_000).put("quantity", 20).encode()));
            assertEquals("CANCELLED", market.getString("status"), "the budget buys 10 at 500, not 20");
            assertEquals(10, market.getLong("filledQuantity"));
            // Account 2's default CANCEL_NEWEST: its buy meets its own sell and is cancelled, unfilled.
            JsonObject own = expect(201, gateway.post("/orders", order(2, "b-2", "BUY")
                .put("price", 500).put("quantity", 10).encode()));
            assertEquals("CANCELLED", own.getString("status"));
            assertEquals(0, own.getLong("filledQuantity"));
            JsonObject allowed = expect(201, gateway.post("/orders", order(2, "b-3", "BUY")
                .put("price", 500).put("quantity", 10).put("selfTradePrevention", "ALLOW").encode()));
            assertEquals("FILLED", allowed.getString("status"));

            expect(201, gateway.post("/orders", order(1, "p-3", "BUY").put("price", 480).put("quantity", 10).encode()));
            JsonObject one = expect(200, gateway.send("DELETE", "/accounts/1/orders?symbol=BOLT&side=BUY", null, null));
            assertEquals(2, one.getLong("cancelled"));
            assertEquals(gateway.headSequence(), one.getLong("version"));
            JsonObject none = expect(200, gateway.send("DELETE", "/accounts/1/orders", null, null));
            assertEquals(0, none.getLong("cancelled"));
            assertEquals(1, expect(200, gateway.send(TestKeys.TRADER, "DELETE", "/accounts/2/orders", null, null))
                .getLong("cancelled"), "a trader key mass-cancels its own accounts");
        }
    }

    @Test
    void shouldRefuseBadValuesWith400AndForeignAccountsWith403() {
        try (TestGateway gateway = TestGateway.start(dir)) {
            expect(201, gateway.post("/accounts", "{\"accountId\": 1, \"cash\": 1000000}"));
            expect(201, gateway.post("/accounts", "{\"accountId\": 3, \"cash\": 1000000}"));
            long head = gateway.headSequence();
            String[] bad = {
                order(1, "x", "BUY").put("price", 500).put("quantity", 10).put("type", "STOP").encode(),
                order(1, "x", "BUY").put("price", 500).put("quantity", 10).put("timeInForce", "GTD").encode(),
                order(1, "x", "BUY").put("price", 500).put("quantity", 10).put("postOnly", "true").encode(),
                order(1, "x", "BUY").put("price", 500).put("quantity", 10).put("postOnly", 1).encode(),
                order(1, "x", "BUY").put("price", 500).put("quantity", 10).put("selfTradePrevention", "NONE").encode(),
                order(1, "x", "BUY").put("price", 500).put("quantity", 10).put("selfTradePrevention", 2).encode(),
                order(1, "x", "BUY").put("type", "MARKET").put("quantity", 10).put("budget", 0).encode(),
                order(1, "x", "BUY").put("type", "MARKET").put("quantity", 10).put("budget", 1.5).encode(),
                order(1, "x", "BUY").put("type", "MARKET").put("quantity", 10).encode(),
            };
            for (String body : bad) {
                expect(400, gateway.post("/orders", body));
            }
            expect(400, gateway.post("/accounts", "{\"accountId\": 4, \"selfTradePrevention\": \"cancel_both\"}"));
            for (String query : new String[] {"?side=BOTH", "?symbol=BOLT&symbol=ACME", "?account=1"}) {
                expect(400, gateway.send("DELETE", "/accounts/1/orders" + query, null, null));
            }
            assertEquals("UNKNOWN_SYMBOL", expect(404, gateway.send("DELETE", "/accounts/1/orders?symbol=NOPE", null, null))
                .getString("error"));
            expect(400, gateway.send("DELETE", "/accounts/0/orders", null, null));
            expect(403, gateway.send(TestKeys.TRADER, "DELETE", "/accounts/3/orders", null, null));
            expect(403, gateway.send(TestKeys.READER, "DELETE", "/accounts/1/orders", null, null));
            assertEquals(head, gateway.headSequence(), "nothing bad reached the journal");
            assertEquals("UNKNOWN_ACCOUNT", expect(404, gateway.send("DELETE", "/accounts/9/orders", null, null))
                .getString("error"));
            assertEquals("INVALID_BUDGET", expect(422, gateway.post("/orders", order(1, "x", "SELL")
                .put("type", "MARKET").put("quantity", 10).put("budget", 100).encode())).getString("error"));
            assertEquals("INVALID_ORDER_TYPE", expect(422, gateway.post("/orders", order(1, "x", "BUY")
                .put("price", 500).put("quantity", 10).put("timeInForce", "IOC").put("postOnly", true).encode()))
                .getString("error"));
        }
    }

    private static JsonObject order(long accountId, String clientOrderId, String side) {
        return new JsonObject().put("accountId", accountId).put("clientOrderId", clientOrderId).put("symbol", "BOLT")
            .put("side", side);
    }
}
