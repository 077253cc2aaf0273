package io.ringtail.gateway;

import io.ringtail.engine.settings.EngineSettings;
import io.ringtail.gateway.config.GatewayConfig;
import io.ringtail.gateway.config.HttpSettings;
import io.ringtail.trading.TradingDomain;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import static io.ringtail.gateway.TestGateway.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * An 8-slot ring in front of a writer slowed to 20 ms a command: a burst gets 503 OVERLOADED at once for
 * what does not fit, the server takes commands again when the burst is over, and every command it
 * acknowledged is in the journal after a restart.
 */
class BackPressureTest {
    private static final int BURST = 120;
    private static final long WRITER_DELAY_MILLIS = 20;

    @TempDir
    Path dir;

    @Test
    void shouldShedABurstWith503AndKeepEveryAcknowledgedCommand() throws Exception {
        GatewayConfig config = TestGateway.config(dir).set(EngineSettings.RING_SIZE, "8", "test").build();
        long acknowledgedCash = 0;
        long lastVersion;
        try (TestGateway gateway = TestGateway.start(config, domain -> new SlowDomain(domain, WRITER_DELAY_MILLIS))) {
            expect(201, gateway.post("/accounts", "{\"accountId\": 1}"));

            List<CompletableFuture<Timed>> burst = new ArrayList<>();
            for (int i = 1; i <= BURST; i++) {
                long sent = System.nanoTime();
                burst.add(gateway.sendAsync("POST", "/accounts/1/deposits", "{\"amount\": " + i + "}")
                    .thenApply(response -> new Timed(response, System.nanoTime() - sent)));
            }
            int accepted = 0;
            int overloaded = 0;
            for (int i = 0; i < BURST; i++) {
                Timed timed = burst.get(i).get(30, TimeUnit.SECONDS);
                if (timed.response().statusCode() == 200) {
                    accepted++;
                    acknowledgedCash += i + 1;
                } else {
                    JsonObject error = expect(503, timed.response());
                    assertEquals("OVERLOADED", error.getString("error"));
                    assertEquals("1", timed.response().headers().firstValue("Retry-After").orElse(""));
                    assertTrue(TimeUnit.NANOSECONDS.toMillis(timed.nanos()) < 5_000, "a full ring is refused at once");
                    overloaded++;
                }
            }
            assertTrue(overloaded > 0, "a burst of " + BURST + " must overflow an 8-slot ring");
            assertTrue(accepted >= 8, "at least a ring's worth is taken, got " + accepted);

            for (int i = 0; i < 5; i++) {
                expect(200, gateway.post("/accounts/1/deposits", "{\"amount\": 1000}"));
                acknowledgedCash += 1000;
            }
            lastVersion = gateway.headSequence();
            assertEquals(1 + accepted + 5, lastVersion, "one event per acknowledged command, none for refused ones");
        }

        try (TestGateway restarted = TestGateway.start(config, Function.identity())) {
            assertEquals(lastVersion, restarted.server.engine().recovery().lastSequence());
            restarted.close();
            TradingDomain domain = (TradingDomain) restarted.server.engine().domain();
            assertEquals(acknowledgedCash, domain.dump().totalCash(), "every acknowledged deposit survived the restart");
        }
    }

    @Test
    void shouldRefuseCommandsBeyondTheEventLoopsInFlightLimit() throws Exception {
        GatewayConfig config = TestGateway.config(dir).set(HttpSettings.EVENT_LOOPS, "1", "test")
            .set(HttpSettings.REPLY_QUEUE_SIZE, "4", "test").build();
        try (TestGateway gateway = TestGateway.start(config, domain -> new SlowDomain(domain, WRITER_DELAY_MILLIS))) {
            List<CompletableFuture<HttpResponse<String>>> burst = new ArrayList<>();
            for (int i = 1; i <= 40; i++) {
                burst.add(gateway.sendAsync("POST", "/accounts", "{\"accountId\": " + i + "}"));
            }
            int opened = 0;
            for (CompletableFuture<HttpResponse<String>> future : burst) {
                HttpResponse<String> response = future.get(30, TimeUnit.SECONDS);
                if (response.statusCode() == 201) {
                    opened++;
                } else {
                    JsonObject error = expect(503, response);
                    assertEquals("OVERLOADED", error.getString("error"));
                    assertTrue(error.getString("message").contains("in flight"), error.getString("message"));
                }
            }
            assertTrue(opened >= 4 && opened < 40, "four in flight at a time, the rest refused; opened " + opened);
            assertEquals(opened, gateway.headSequence(), "every answered command and no refused one was journaled");
            expect(201, gateway.post("/accounts", "{\"accountId\": 1000}"));
        }
    }

    private record Timed(HttpResponse<String> response, long nanos) {
    }
}
