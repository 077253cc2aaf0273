package io.ringtail.gateway;

import io.ringtail.engine.settings.SnapshotSettings;
import io.ringtail.gateway.config.GatewayConfig;
import io.ringtail.trading.view.TradingViewSettings;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;

import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Queries over the read views, with read-your-writes through {@code minVersion}. */
class QueryRoutesTest {
    @TempDir
    Path dir;

    @Test
    void shouldWalkThroughTheReadmeAndReadOwnWrites() {
        try (TestGateway gateway = TestGateway.start(dir)) {
            expect(201, gateway.post("/accounts", "{\"accountId\": 1, \"cash\": 1000000}"));
            expect(201, gateway.post("/accounts", "{\"accountId\": 2, \"cash\": 0}"));
            expect(200, gateway.post("/accounts/2/deposits", "{\"symbol\": \"ACME\", \"quantity\": 100}"));
            JsonObject sell = expect(201, gateway.post("/orders", order(2, "s-1", "SELL", 1500, 40)));
            JsonObject buy = expect(201, gateway.post("/orders", order(1, "b-1", "BUY", 1510, 50)));
            assertEquals("PARTIALLY_FILLED", buy.getString("status"));
            assertEquals(40, buy.getLong("filledQuantity"));
            long version = buy.getLong("version");

            HttpResponse<String> read = gateway.get("/orders/" + buy.getLong("orderId") + "?minVersion=" + version);
            JsonObject order = expect(200, read);
            assertEquals("PARTIALLY_FILLED", order.getString("status"));
            assertEquals(40, order.getLong("filledQuantity"));
            assertEquals("b-1", order.getString("clientOrderId"));
            assertEquals("ACME", order.getString("symbol"));
            assertEquals("BUY", order.getString("side"));
            assertTrue(Long.parseLong(read.headers().firstValue("X-Version").orElseThrow()) >= version);

            JsonObject book = expect(200, gateway.get("/books/ACME?minVersion=" + version));
            JsonArray bids = book.getJsonArray("bids");
            assertEquals(1, bids.size());
            assertEquals(new JsonObject().put("price", 1510).put("quantity", 10).put("orders", 1), bids.getJsonObject(0));
            assertEquals(0, book.getJsonArray("asks").size(), "the sell was filled");

            JsonArray trades = expect(200, gateway.get("/trades/ACME?minVersion=" + version)).getJsonArray("trades");
            assertEquals(1, trades.size());
            JsonObject trade = trades.getJsonObject(0);
            assertEquals(1500, trade.getLong("price"), "trades execute at the resting order's price");
            assertEquals(40, trade.getLong("quantity"));
            assertEquals(sell.getLong("orderId"), trade.getLong("sellOrderId"));

            JsonObject buyer = expect(200, gateway.get("/accounts/1?minVersion=" + version));
            assertEquals(1000000 - 40 * 1500, buyer.getLong("cash"));
            assertEquals(10 * 1510, buyer.getLong("reservedCash"), "the open remainder stays reserved at its limit");
            assertEquals(40, buyer.getJsonObject("positions").getJsonObject("ACME").getLong("quantity"));

            JsonObject mine = expect(200, gateway.get("/accounts/1/orders?status=open&minVersion=" + version));
            assertEquals(1, mine.getJsonArray("orders").size());
            assertNull(mine.getValue("next"));
            JsonObject sellers = expect(200, gateway.get("/accounts/2/orders?status=all&minVersion=" + version));
            assertEquals("FILLED", sellers.getJsonArray("orders").getJsonObject(0).getString("status"));
            assertEquals(0, expect(200, gateway.get("/accounts/2/orders?status=open")).getJsonArray("orders").size());
        }
    }

    @Test
    void shouldNeverAnswerStaleForAThousandPlaceThenGetPairs() {
        try (TestGateway gateway = TestGateway.start(dir)) {
            expect(201, gateway.post("/accounts", "{\"accountId\": 7, \"cash\": 1000000000}"));
            for (int i = 0; i < 1_000; i++) {
                JsonObject placed = expect(201, gateway.post("/orders", order(7, "ryw-" + i, "BUY", 100 + i % 50, 1)));
                JsonObject read = expect(200, gateway.get("/orders/" + placed.getLong("orderId")
                    + "?minVersion=" + placed.getLong("version")));
                assertEquals(placed.getString("status"), read.getString("status"), "order " + i);
                assertEquals("ryw-" + i, read.getString("clientOrderId"));
            }
        }
    }

    @Test
    void shouldAnswer504WithTheWatermarkForAVersionThatNeverComes() {
        try (TestGateway gateway = TestGateway.start(dir)) {
            long version = expect(201, gateway.post("/accounts", "{\"accountId\": 3}")).getLong("version");
            HttpResponse<String> response = gateway.get("/orders/1?timeoutMs=200", "X-Min-Version", "999999");
            JsonObject body = expect(504, response);
            assertEquals("VERSION_TIMEOUT", body.getString("error"));
            assertTrue(body.getLong("version") >= version && body.getLong("version") < 999999);
        }
    }

    @Test
    void shouldRejectBadQueriesWithClearErrors() {
        try (TestGateway gateway = TestGateway.start(dir)) {
            assertEquals("INVALID_FIELD", expect(400, gateway.get("/orders/abc")).getString("error"));
            assertEquals("INVALID_FIELD", expect(400, gateway.get("/orders/1?minVersion=-1")).getString("error"));
            assertEquals("INVALID_FIELD", expect(400, gateway.get("/orders/1?minVersion=99999999999999999999")).getString("error"));
            assertEquals("INVALID_FIELD", expect(400, gateway.get("/orders/1?minVersion=0", "X-Min-Version", "-1")).getString("error"),
                "a bad header is refused even when the query parameter wins over it");
            assertEquals("INVALID_FIELD", expect(400, gateway.get("/accounts/1/orders?status=closed")).getString("error"));
            assertEquals("INVALID_FIELD", expect(400, gateway.get("/accounts/1/orders?limit=0")).getString("error"));
            assertEquals("INVALID_FIELD", expect(400, gateway.get("/books/ACME?depth=100000")).getString("error"));
            assertEquals("UNKNOWN_ORDER", expect(404, gateway.get("/orders/12345")).getString("error"));
            assertEquals("UNKNOWN_ACCOUNT", expect(404, gateway.get("/accounts/12345")).getString("error"));
            assertEquals("UNKNOWN_SYMBOL", expect(404, gateway.get("/books/NOPE")).getString("error"));
            assertEquals("UNKNOWN_SYMBOL", expect(404, gateway.get("/trades/NOPE")).getString("error"));
            assertEquals(0, gateway.headSequence(), "queries never reach the ring");
        }
    }

    @Test
    void shouldAnswer404ForARetiredOrderAndServeTheSameViewsAfterARestartFromViewSnapshots() throws InterruptedException {
        GatewayConfig config = TestGateway.config(dir).set(TradingViewSettings.VIEW_ORDER_RETENTION, "2", "test")
            .set(SnapshotSettings.SNAPSHOT_EVERY_EVENTS, "5", "test").build();
        long lastVersion = 0;
        try (TestGateway gateway = TestGateway.start(config, Function.identity())) {
            expect(201, gateway.post("/accounts", "{\"accountId\": 7, \"cash\": 1000000}"));
            for (int i = 1; i <= 4; i++) {
                long orderId = expect(201, gateway.post("/orders", order(7, "r-" + i, "BUY", 100, 1))).getLong("orderId");
                lastVersion = expect(200, gateway.send("DELETE", "/orders/" + orderId + "?accountId=7", null, null)).getLong("version");
            }
            expect(201, gateway.post("/orders", order(7, "open", "BUY", 100, 1)));
            JsonObject retired = expect(404, gateway.get("/orders/1?minVersion=" + lastVersion));
            assertEquals("UNKNOWN_ORDER", retired.getString("error"));
            expect(404, gateway.get("/orders/2"));
            assertEquals("CANCELLED", expect(200, gateway.get("/orders/4")).getString("status"));
            JsonArray all = expect(200, gateway.get("/accounts/7/orders?status=all")).getJsonArray("orders");
            assertEquals(List.of(5L, 4L, 3L), all.stream().map(o -> ((JsonObject) o).getLong("orderId")).toList());
            awaitOrdersMetric(gateway, "ringtail_projection_snapshots_written_total", 1);
        }
        try (TestGateway restarted = TestGateway.start(config, Function.identity())) {
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (restarted.get("/health/ready").statusCode() != 200 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            expect(200, restarted.get("/health/ready"));
            awaitOrdersMetric(restarted, "ringtail_projection_snapshot_restored_sequence", 1);
            expect(404, restarted.get("/orders/1"));
            assertEquals("CANCELLED", expect(200, restarted.get("/orders/4")).getString("status"));
            JsonArray all = expect(200, restarted.get("/accounts/7/orders?status=all")).getJsonArray("orders");
            assertEquals(List.of(5L, 4L, 3L), all.stream().map(o -> ((JsonObject) o).getLong("orderId")).toList());
        }
    }

    /** Waits until the orders projection's series of {@code metric} in /metrics reaches {@code atLeast}. */
    private static void awaitOrdersMetric(TestGateway gateway, String metric, double atLeast) throws InterruptedException {
        long deadline = System.nanoTime() + 30_000_000_000L;
        double value = -1;
        while (System.nanoTime() < deadline) {
            for (String line : gateway.get("/metrics").body().split("\n")) {
                if (line.startsWith(metric + "{") && line.contains("projection=\"orders\"")) {
                    value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                }
            }
            if (value >= atLeast) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(metric + " of the orders projection stayed at " + value);
    }

    private static String order(long accountId, String clientOrderId, String side, long price, long quantity) {
        return new JsonObject().put("accountId", accountId).put("clientOrderId", clientOrderId).put("symbol", "ACME")
            .put("side", side).put("price", price).put("quantity", quantity).put("timeInForce", "GTC").encode();
    }
}
