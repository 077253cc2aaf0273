package io.ringtail.gateway;

import io.ringtail.engine.projection.ProjectionState;
import io.ringtail.trading.view.AccountsProjection;
import io.ringtail.trading.view.TradingViewSettings;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue #8, a projection that throws on an event: the accounts view is sized for two accounts, so the event
 * opening the third makes its projection throw. That projection stops, visibly (readiness, metrics, and a 503
 * from every query it serves instead of stale data); commands and the other views carry on.
 */
class ProjectionFailureTest {
    @TempDir
    Path dir;

    @Test
    void shouldStopOnlyTheFailingViewAndKeepCommandsAndOtherViewsWorking() throws Exception {
        try (TestGateway gateway = TestGateway.start(TestGateway.config(dir)
            .set(TradingViewSettings.VIEW_MAX_ACCOUNTS, "2", "test").build(), Function.identity())) {
            expect(201, gateway.post("/accounts", "{\"accountId\": 1, \"cash\": 1000000}"));
            expect(201, gateway.post("/accounts", "{\"accountId\": 2, \"cash\": 0}"));
            expect(200, gateway.post("/accounts/2/deposits", "{\"symbol\": \"ACME\", \"quantity\": 100}"));
            expect(200, gateway.get("/accounts/2?minVersion=" + gateway.headSequence()));

            expect(201, gateway.post("/accounts", "{\"accountId\": 3, \"cash\": 0}"));
            var agent = gateway.server.readSide().agent(AccountsProjection.NAME);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (agent.state() != ProjectionState.STOPPED_WITH_ERROR && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertEquals(ProjectionState.STOPPED_WITH_ERROR, agent.state(), "the accounts projection stops on the third account");

            // Commands still succeed, and the views they feed (orders, books, trades) keep advancing.
            expect(201, gateway.post("/orders", "{\"accountId\": 2, \"clientOrderId\": \"s-1\", \"symbol\": \"ACME\","
                + " \"side\": \"SELL\", \"price\": 1500, \"quantity\": 40, \"timeInForce\": \"GTC\"}"));
            JsonObject buy = expect(201, gateway.post("/orders", "{\"accountId\": 1, \"clientOrderId\": \"b-1\","
                + " \"symbol\": \"ACME\", \"side\": \"BUY\", \"price\": 1500, \"quantity\": 10, \"timeInForce\": \"GTC\"}"));
            long version = buy.getLong("version");
            assertEquals("FILLED", expect(200, gateway.get("/orders/" + buy.getLong("orderId") + "?minVersion=" + version))
                .getString("status"));
            assertEquals(30, expect(200, gateway.get("/books/ACME?minVersion=" + version))
                .getJsonArray("asks").getJsonObject(0).getLong("quantity"));
            assertEquals(1, expect(200, gateway.get("/trades/ACME?minVersion=" + version)).getJsonArray("trades").size());
            expect(200, gateway.get("/accounts/1/orders?status=all&minVersion=" + version));

            // The stopped view answers 503 with the reason, for a plain read and for a read-your-writes wait.
            for (String path : new String[] {"/accounts/1", "/accounts/2?minVersion=" + version}) {
                HttpResponse<String> response = gateway.get(path);
                JsonObject body = expect(503, response);
                assertEquals("VIEW_UNAVAILABLE", body.getString("error"), path);
                assertTrue(body.getString("message").contains("accounts"), body.encode());
                assertTrue(body.getString("message").contains("full"), "names the error: " + body.encode());
            }

            JsonObject ready = expect(503, gateway.get("/health/ready"));
            JsonObject accounts = ready.getJsonObject("details").getJsonObject("projectionLag")
                .getJsonObject("projections").getJsonObject("accounts");
            assertEquals("stopped_with_error", accounts.getString("state"), ready.encode());
            assertTrue(accounts.getString("error").contains("full"), ready.encode());
            assertEquals("running", ready.getJsonObject("details").getJsonObject("projectionLag")
                .getJsonObject("projections").getJsonObject("orders").getString("state"));

            String metrics = gateway.get("/metrics").body();
            assertTrue(metrics.contains("ringtail_projection_state{projection=\"accounts\",state=\"stopped_with_error\"} 1.0"),
                "state gauge");
            assertTrue(metrics.contains("ringtail_projection_errors_total{projection=\"accounts\"} 1.0"), "error counter");
            assertTrue(metrics.contains("ringtail_projection_state{projection=\"orders\",state=\"running\"} 1.0"));
        }
    }
}
