package io.ringtail.gateway.metrics;

import io.ringtail.engine.projection.IdleStrategyKind;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.gateway.GatewayServer;
import io.ringtail.gateway.config.GatewayConfig;
import io.ringtail.gateway.config.Setting;
import io.ringtail.gateway.health.ReadinessCheck;
import io.ringtail.trading.TradingDomain;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A real gateway on a free port with a read side of {@link CountingProjection}s over its own journal,
 * wired to metrics and readiness the way the server's read-side wiring does it, and an HTTP client.
 */
final class MetricsGateway implements AutoCloseable {
    private static final long GENEROUS_MILLIS = 20_000;

    final GatewayServer server;
    final ProjectionHost host;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();

    private MetricsGateway(GatewayServer server, ProjectionHost host) {
        this.server = server;
        this.host = host;
    }

    static GatewayConfig.Builder config(Path dataDirectory) {
        return GatewayConfig.defaults()
            .set(Setting.PORT, "0", "test")
            .set(Setting.DATA_DIR, dataDirectory.toString(), "test")
            .set(Setting.RING_SIZE, "1024", "test")
            .set(Setting.EVENT_LOOPS, "2", "test")
            .set(Setting.MAX_ACCOUNTS, "1000", "test")
            .set(Setting.MAX_OPEN_ORDERS, "1000", "test")
            .set(Setting.MAX_PRICE_LEVELS, "64", "test")
            .set(Setting.ORDER_RETENTION, "1000", "test");
    }

    /** @param projections names of the counting projections to run; none for a gateway without a read side */
    static MetricsGateway start(GatewayConfig config, String... projections) {
        LateCheck lag = new LateCheck();
        GatewayServer server = GatewayServer.start(config, new TradingDomain(config.instruments(), config.limits()),
            List.of(lag));
        if (projections.length == 0) {
            return new MetricsGateway(server, null);
        }
        ProjectionConfig projectionConfig = new ProjectionConfig().idleStrategy(IdleStrategyKind.BACKOFF);
        List<ProjectionAgent> agents = new ArrayList<>();
        for (String name : projections) {
            agents.add(new ProjectionAgent(new CountingProjection(name), server.engine().journal().createReader(),
                projectionConfig));
        }
        ProjectionHost host = new ProjectionHost(projectionConfig, agents);
        host.start();
        server.metrics().bindProjections(agents, projectionConfig.epochClock());
        lag.delegate = new ProjectionLagCheck(agents, server.engine()::headSequence, config.readyMaxLagEvents());
        return new MetricsGateway(server, host);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonObject expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + response.statusCode() + ": " + response.body());
        }
        return new JsonObject(response.body());
    }

    Scrape scrape() {
        HttpResponse<String> response = get("/metrics");
        if (response.statusCode() != 200) {
            throw new AssertionError("/metrics answered " + response.statusCode() + ": " + response.body());
        }
        return new Scrape(response.body());
    }

    int port() {
        return server.port();
    }

    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + GENEROUS_MILLIS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(50);
        }
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.build().uri() + " failed: " + e, e);
        }
    }

    @Override
    public void close() {
        try {
            if (host != null) {
                host.close(); // before the server closes the journal the projections tail
            }
        } finally {
            server.close();
        }
    }

    /** The read side starts after the server (it tails the server's journal), so its check arrives late. */
    private static final class LateCheck implements ReadinessCheck {
        volatile ReadinessCheck delegate;

        @Override
        public String name() {
            return "projectionLag";
        }

        @Override
        public boolean ready() {
            ReadinessCheck check = delegate;
            return check == null || check.ready();
        }

        @Override
        public JsonObject detail() {
            ReadinessCheck check = delegate;
            return check == null ? null : check.detail();
        }
    }
}
