package io.ringtail.gateway.metrics;

import io.ringtail.gateway.config.HttpSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A known workload through the real server, then exact counts in {@code /metrics}. */
class CommandMetricsTest {
    @TempDir
    Path dir;

    @Test
    void shouldCountEveryCommandByTypeAndOutcome() throws InterruptedException {
        try (MetricsGateway gateway = MetricsGateway.start(MetricsGateway.config(dir).build())) {
            for (int id = 1; id <= 3; id++) {
                gateway.expect(201, gateway.post("/accounts", "{\"accountId\": " + id + "}"));
            }
            gateway.expect(422, gateway.post("/accounts", "{\"accountId\": 1}"));
            gateway.expect(422, gateway.post("/accounts", "{\"accountId\": 2}"));
            for (int i = 0; i < 4; i++) {
                gateway.expect(200, gateway.post("/accounts/1/deposits", "{\"amount\": 1000}"));
            }
            gateway.expect(404, gateway.post("/orders", order(99, "a", 500))); // UNKNOWN_ACCOUNT
            gateway.expect(422, gateway.post("/orders", order(1, "b", 0)));
            gateway.expect(400, gateway.post("/orders", "{\"accountId\": 1}")); // never reaches the ring
            long head = gateway.server.engine().headSequence();
            MetricsGateway.await("the projection to catch up", () -> gateway.host.agent("accounts").watermark() == head);

            Scrape scrape = gateway.scrape();
            assertEquals(3, scrape.value("ringtail_commands_total{command=\"open_account\",outcome=\"accepted\"}"));
            assertEquals(2, scrape.value("ringtail_commands_total{command=\"open_account\",outcome=\"duplicate_account\"}"));
            assertEquals(4, scrape.value("ringtail_commands_total{command=\"deposit_cash\",outcome=\"accepted\"}"));
            assertEquals(1, scrape.value("ringtail_commands_total{command=\"place_order\",outcome=\"unknown_account\"}"));
            assertEquals(1, scrape.value("ringtail_commands_total{command=\"place_order\",outcome=\"invalid_price\"}"));
            assertTrue(!scrape.has("ringtail_commands_total{command=\"place_order\",outcome=\"accepted\"}"),
                "combinations that never happened are not exposed");
            assertEquals(11, scrape.value("ringtail_command_latency_seconds_count"), "one latency per replied command");
            assertEquals(11, scrape.value("ringtail_command_latency_seconds_bucket{le=\"+Inf\"}"));
            assertTrue(scrape.value("ringtail_command_latency_seconds_sum") > 0);

            assertEquals(7, head, "one event per accepted command");
            assertEquals(7, scrape.value("ringtail_journal_head_sequence"));
            assertEquals(7, scrape.value("ringtail_journal_events_appended_total"));
            double commits = scrape.value("ringtail_journal_commit_seconds_count");
            assertTrue(commits >= 1 && commits <= 7, "one commit per batch that appended, " + commits);
            assertTrue(scrape.value("ringtail_journal_commit_seconds_sum") > 0);
            assertTrue(scrape.value("ringtail_journal_appended_bytes_total") > 7 * 16);
            assertEquals(1024, scrape.value("ringtail_ring_capacity"));
            assertEquals(1024, scrape.value("ringtail_ring_remaining_capacity"));
            assertEquals(0, scrape.value("ringtail_commands_overloaded_total"));
            assertEquals(7, scrape.value("ringtail_http_responses_total{status_class=\"2xx\"}"));
            assertEquals(5, scrape.value("ringtail_http_responses_total{status_class=\"4xx\"}"));

            assertEquals(7, scrape.value("ringtail_projection_applied_sequence{projection=\"accounts\"}"));
            assertEquals(0, scrape.value("ringtail_projection_lag_events{projection=\"accounts\"}"), "lag is 0 once the workload stops");
            assertEquals(0, scrape.value("ringtail_projection_lag_seconds{projection=\"accounts\"}"));
            assertEquals(1, scrape.value("ringtail_projection_state{projection=\"accounts\",state=\"running\"}"));
            assertEquals(0, scrape.value("ringtail_projection_state{projection=\"accounts\",state=\"stopped_with_error\"}"));
            assertEquals(7, scrape.value("ringtail_projection_write_to_visible_seconds_count{projection=\"accounts\"}"));
            assertEquals(7, scrape.value("ringtail_projection_events_applied_total{projection=\"accounts\"}"));
        }
    }

    @Test
    void shouldServeMetricsOnTheAdminPortWhenOneIsConfigured() throws Exception {
        int adminPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            adminPort = socket.getLocalPort();
        }
        try (MetricsGateway gateway = MetricsGateway.start(MetricsGateway.config(dir)
            .set(HttpSettings.METRICS_PORT, String.valueOf(adminPort), "test").build())) {
            gateway.expect(201, gateway.post("/accounts", "{\"accountId\": 1}"));
            assertEquals(404, gateway.get("/metrics").statusCode(), "not on the main port");
            java.net.http.HttpResponse<String> admin = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + adminPort + "/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, admin.statusCode());
            assertEquals(1, new Scrape(admin.body())
                .value("ringtail_commands_total{command=\"open_account\",outcome=\"accepted\"}"));
        }
    }

    private static String order(long accountId, String clientOrderId, long price) {
        return "{\"accountId\": " + accountId + ", \"clientOrderId\": \"" + clientOrderId + "\", \"symbol\": \"ACME\","
            + " \"side\": \"BUY\", \"price\": " + price + ", \"quantity\": 1, \"timeInForce\": \"GTC\"}";
    }
}
