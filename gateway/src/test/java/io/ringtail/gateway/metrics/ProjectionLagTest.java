package io.ringtail.gateway.metrics;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.gateway.config.HttpSettings;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One projection held back shows lag in /metrics and takes the server out of readiness; released, both recover. */
class ProjectionLagTest {
    private static final String SLOW = "ringtail_projection_lag_events{projection=\"accounts\"}";
    private static final String SLOW_SECONDS = "ringtail_projection_lag_seconds{projection=\"accounts\"}";

    @TempDir
    Path dir;

    @Test
    void shouldReportLagAndTurnUnreadyWhileAProjectionIsHeldBack() throws InterruptedException {
        try (MetricsGateway gateway = MetricsGateway.start(MetricsGateway.config(dir)
            .set(HttpSettings.READY_MAX_LAG_EVENTS, "5", "test").build())) {
            gateway.expect(201, gateway.post("/accounts", "{\"accountId\": 1}"));
            ProjectionAgent slow = gateway.host.agent("accounts");
            MetricsGateway.await("both projections to catch up", () -> gateway.host.allCaughtUpTo(1));
            gateway.expect(200, gateway.get("/health/ready"));

            slow.hold(true);
            for (int i = 0; i < 10; i++) {
                gateway.expect(200, gateway.post("/accounts/1/deposits", "{\"amount\": 100}"));
            }
            MetricsGateway.await("the orders projection to catch up", () -> gateway.host.agent("orders").watermark() == 11);
            Scrape held = gateway.scrape();
            assertEquals(10, held.value(SLOW));
            assertEquals(1, held.value("ringtail_projection_applied_sequence{projection=\"accounts\"}"));
            assertEquals(0, held.value("ringtail_projection_lag_events{projection=\"orders\"}"));
            assertEquals(1, held.value("ringtail_projection_state{projection=\"accounts\",state=\"running\"}"),
                "held back is lag, not a state change");
            double lagSeconds = held.value(SLOW_SECONDS);
            assertTrue(lagSeconds > 0, "lag seconds " + lagSeconds);
            Thread.sleep(300);
            assertTrue(gateway.scrape().value(SLOW_SECONDS) > lagSeconds, "lag in seconds grows while held");

            JsonObject unready = gateway.expect(503, gateway.get("/health/ready"));
            assertEquals("NOT_READY", unready.getString("error"));
            JsonObject projections = unready.getJsonObject("details").getJsonObject("projectionLag").getJsonObject("projections");
            assertEquals(10, projections.getJsonObject("accounts").getLong("lagEvents"));
            assertEquals(1, projections.getJsonObject("accounts").getLong("watermark"));
            assertEquals(false, projections.getJsonObject("accounts").getBoolean("ready"));
            assertEquals(0, projections.getJsonObject("orders").getLong("lagEvents"));

            slow.hold(false);
            MetricsGateway.await("the accounts projection to catch up", () -> slow.watermark() == 11);
            Scrape released = gateway.scrape();
            assertEquals(0, released.value(SLOW));
            assertEquals(0, released.value(SLOW_SECONDS));
            JsonObject ready = gateway.expect(200, gateway.get("/health/ready"));
            assertEquals(true, ready.getJsonObject("checks").getBoolean("projectionLag"));
        }
    }
}
