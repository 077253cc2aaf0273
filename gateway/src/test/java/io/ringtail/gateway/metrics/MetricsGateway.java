package io.ringtail.gateway.metrics;

import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.gateway.GatewayServer;
import io.ringtail.gateway.OpenApiContract;
import io.ringtail.gateway.TestGateway;
import io.ringtail.gateway.TestKeys;
import io.ringtail.gateway.config.GatewayConfig;
import io.ringtail.trading.TradingDomain;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
        return TestGateway.config(dataDirectory);
    }

    /** A real server with its real read side: the four trading projections, bound to metrics and readiness. */
    static MetricsGateway start(GatewayConfig config) {
        GatewayServer server = GatewayServer.start(config, new TradingDomain(config.instruments(), config.limits()),
            List.of());
        return new MetricsGateway(server, server.readSide().host());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET(), null);
    }

    HttpResponse<String> post(String path, String json) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)), json);
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

    /** Held to the OpenAPI document, as every exchange of the gateway's HTTP tests. */
    private HttpResponse<String> send(HttpRequest.Builder builder, String body) {
        HttpRequest request = builder.timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + TestKeys.ADMIN).build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(request.uri() + " failed: " + e, e);
        }
        OpenApiContract.served().check(request, body == null ? null : body.getBytes(StandardCharsets.UTF_8), response, false);
        return response;
    }

    @Override
    public void close() {
        server.close();
        OpenApiContract.report();
    }
}
