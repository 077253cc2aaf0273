package io.ringtail.gateway;

import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.settings.EngineSettings;
import io.ringtail.gateway.config.GatewayConfig;
import io.ringtail.gateway.config.HttpSettings;
import io.ringtail.trading.TradingDomain;
import io.ringtail.trading.TradingSettings;
import io.ringtail.trading.view.TradingViewSettings;
import io.vertx.core.json.JsonObject;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A real gateway on a free port over a temporary data directory, with small trading capacities so it
 * starts in a blink, and a JDK HTTP client pointed at it. Every exchange of that client is held to the
 * OpenAPI document ({@link OpenApiContract}).
 */
public final class TestGateway implements AutoCloseable {
    static final String JSON = "application/json";

    final GatewayServer server;
    final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;
    /** {@code --dev}: no request needs a key, which the document's security requirement is then waived for. */
    private final boolean dev;

    private TestGateway(GatewayServer server, boolean dev) {
        this.server = server;
        this.base = URI.create("http://127.0.0.1:" + server.port());
        this.dev = dev;
    }

    /** Small capacities and a free port: the settings every in-process gateway test starts from. */
    public static GatewayConfig.Builder config(Path dataDirectory) {
        TestKeys.write(dataDirectory);
        return GatewayConfig.defaults()
            .set(HttpSettings.PORT, "0", "test")
            .set(EngineSettings.DATA_DIR, dataDirectory.toString(), "test")
            .set(EngineSettings.RING_SIZE, "1024", "test")
            .set(HttpSettings.EVENT_LOOPS, "2", "test")
            .set(TradingSettings.MAX_ACCOUNTS, "1000", "test")
            .set(TradingSettings.MAX_OPEN_ORDERS, "1000", "test")
            .set(TradingSettings.MAX_PRICE_LEVELS, "64", "test")
            .set(TradingSettings.ORDER_RETENTION, "1000", "test")
            .set(TradingViewSettings.VIEW_MAX_ORDERS, "20000", "test")
            .set(TradingViewSettings.VIEW_ORDER_RETENTION, "1000", "test")
            .set(TradingViewSettings.VIEW_MAX_ACCOUNTS, "1000", "test");
    }

    static TestGateway start(Path dataDirectory) {
        return start(config(dataDirectory).build(), Function.identity());
    }

    /** @param wrap lets a test put a slower or otherwise altered domain in front of the trading one */
    static TestGateway start(GatewayConfig config, Function<Domain, Domain> wrap) {
        Domain domain = wrap.apply(new TradingDomain(config.instruments(), config.limits()));
        return new TestGateway(GatewayServer.start(config, domain, List.of()), config.access().dev());
    }

    HttpResponse<String> send(String method, String path, String contentType, byte[] body) {
        return send(TestKeys.ADMIN, method, path, contentType, body);
    }

    /** @param key the API key to send, null for none */
    HttpResponse<String> send(String key, String method, String path, String contentType, byte[] body) {
        HttpRequest request = request(key, method, path, contentType, body);
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError(method + " " + path + " failed: " + e, e);
        }
        OpenApiContract.served().check(request, body, response, dev);
        return response;
    }

    CompletableFuture<HttpResponse<String>> sendAsync(String method, String path, String body) {
        byte[] bytes = body.getBytes();
        HttpRequest request = request(TestKeys.ADMIN, method, path, JSON, bytes);
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofString()).thenApply(response -> {
            OpenApiContract.served().check(request, bytes, response, dev);
            return response;
        });
    }

    HttpResponse<String> post(String path, String json) {
        return send("POST", path, JSON, json.getBytes());
    }

    HttpResponse<String> get(String path) {
        return send("GET", path, null, null);
    }

    HttpResponse<String> get(String path, String header, String value) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
            .header("Authorization", "Bearer " + TestKeys.ADMIN).header(header, value).GET().build();
        HttpResponse<String> response;
        try {
            response = client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new AssertionError("GET " + path + " failed: " + e, e);
        }
        OpenApiContract.served().check(request, null, response, dev);
        return response;
    }

    /** The JSON body of a response that must have the given status. */
    static JsonObject expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new AssertionError("expected " + status + " but got " + response.statusCode() + ": " + response.body());
        }
        return new JsonObject(response.body());
    }

    long headSequence() {
        return server.engine().headSequence();
    }

    private HttpRequest request(String key, String method, String path, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(20))
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (key != null) {
            builder.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return builder.build();
    }

    @Override
    public void close() {
        server.close();
        OpenApiContract.report();
    }
}
