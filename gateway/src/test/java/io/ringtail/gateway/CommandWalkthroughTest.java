package io.ringtail.gateway;

import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;

import static io.ringtail.gateway.TestGateway.JSON;
import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A trader's day through the HTTP API: accounts, funding, a cross, a cancel, an amend, a retry. */
class CommandWalkthroughTest {
    @TempDir
    Path dir;

    @Test
    void shouldTradeCancelAndAmendThroughTheApi() {
        try (TestGateway gateway = TestGateway.start(dir)) {
            HttpResponse<String> opened = gateway.post("/accounts", "{\"accountId\": 1, \"cash\": 0}");
            JsonObject buyer = expect(201, opened);
            assertEquals(1, buyer.getLong("accountId"));
            assertEquals(String.valueOf(buyer.getLong("version")), opened.headers().firstValue("X-Version").orElse(""));
            expect(201, gateway.post("/accounts", "{\"accountId\": 2}"));
            long deposit = expect(200, gateway.post("/accounts/1/deposits", "{\"amount\": 100000}")).getLong("version");
            long position = expect(200, gateway.post("/accounts/2/deposits", "{\"symbol\": \"BOLT\", \"quantity\": 100}"))
                .getLong("version");
            assertTrue(position > deposit && deposit > buyer.getLong("version"), "versions grow with every command");

            JsonObject sell = expect(201, gateway.post("/orders", order(2, "s-1", "SELL", 500, 30)));
            assertEquals("NEW", sell.getString("status"));
            assertEquals("s-1", sell.getString("clientOrderId"));
            JsonObject buy = expect(201, gateway.post("/orders", order(1, "b-1", "BUY", 505, 20)));
            assertEquals("FILLED", buy.getString("status"));
            assertEquals(20, buy.getLong("filledQuantity"));
            assertEquals(buy, expect(201, gateway.post("/orders", order(1, "b-1", "BUY", 505, 20))),
                "a retry with the same clientOrderId gets the original reply");

            long sellId = sell.getLong("orderId");
            JsonObject amended = expect(200, gateway.send("PATCH", "/orders/" + sellId, JSON,
                "{\"accountId\": 2, \"quantity\": 40}".getBytes()));
            assertEquals("PARTIALLY_FILLED", amended.getString("status"));
            assertEquals(20, amended.getLong("filledQuantity"));
            JsonObject cancelled = expect(200, gateway.send("DELETE", "/orders/" + sellId + "?accountId=2", null, null));
            assertEquals("CANCELLED", cancelled.getString("status"));
            assertEquals(sellId, cancelled.getLong("orderId"));
            assertEquals("ORDER_NOT_OPEN", expect(422,
                gateway.send("DELETE", "/orders/" + sellId + "?accountId=2", null, null)).getString("error"));

            expect(200, gateway.post("/accounts/2/withdrawals", "{\"amount\": 10000}"));
            assertEquals("INSUFFICIENT_POSITION", expect(422,
                gateway.post("/accounts/2/withdrawals", "{\"symbol\": \"BOLT\", \"quantity\": 90}")).getString("error"));
            assertEquals("INVALID_PRICE", expect(422, gateway.post("/orders", order(1, "b-2", "BUY", 503, 10))).getString("error"));
            assertEquals(cancelled.getLong("version") + 1, gateway.headSequence(), "the withdrawal was the last event");
        }
    }

    private static String order(long accountId, String clientOrderId, String side, long price, long quantity) {
        return new JsonObject().put("accountId", accountId).put("clientOrderId", clientOrderId).put("symbol", "BOLT")
            .put("side", side).put("price", price).put("quantity", quantity).put("timeInForce", "GTC").encode();
    }
}
