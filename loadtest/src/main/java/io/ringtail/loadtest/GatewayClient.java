package io.ringtail.loadtest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.client.HttpRequest;
import io.vertx.ext.web.client.HttpResponse;
import io.vertx.ext.web.client.WebClient;
import io.vertx.ext.web.client.WebClientOptions;
import io.vertx.core.buffer.Buffer;
import java.net.URI;
import java.time.Duration;

/**
 * The gateway seen over HTTP/1.1 with keep-alive: one pool of at most {@code connections}
 * connections, every request bounded by the timeout, the API key sent as a bearer token.
 * Transport failures and timeouts fail the future; any HTTP status completes it.
 */
final class GatewayClient implements AutoCloseable {
    private final WebClient client;
    private final long timeoutMillis;
    private final String apiKey;

    GatewayClient(Vertx vertx, URI base, int connections, Duration timeout, String apiKey) {
        WebClientOptions options = new WebClientOptions()
                .setDefaultHost(base.getHost())
                .setDefaultPort(base.getPort() == -1 ? 80 : base.getPort())
                .setKeepAlive(true)
                .setTcpNoDelay(true)
                .setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()))
                .setUserAgent("ringtail-load");
        this.client = WebClient.create(vertx, options, new PoolOptions().setHttp1MaxSize(connections));
        this.timeoutMillis = timeout.toMillis();
        this.apiKey = apiKey;
    }

    Future<Reply> get(String uri) {
        return send(request(HttpMethod.GET, uri), null);
    }

    Future<Reply> post(String uri, JsonObject body) {
        return send(request(HttpMethod.POST, uri), body);
    }

    Future<Reply> patch(String uri, JsonObject body) {
        return send(request(HttpMethod.PATCH, uri), body);
    }

    Future<Reply> delete(String uri) {
        return send(request(HttpMethod.DELETE, uri), null);
    }

    private HttpRequest<Buffer> request(HttpMethod method, String uri) {
        HttpRequest<Buffer> request = client.request(method, uri).timeout(timeoutMillis);
        if (apiKey != null && !apiKey.isEmpty()) {
            request.bearerTokenAuthentication(apiKey);
        }
        return request;
    }

    private static Future<Reply> send(HttpRequest<Buffer> request, JsonObject body) {
        Future<HttpResponse<Buffer>> response = body == null ? request.send() : request.sendJsonObject(body);
        return response.map(GatewayClient::toReply);
    }

    private static Reply toReply(HttpResponse<Buffer> response) {
        return new Reply(response.statusCode(), response.body(), parseVersion(response.getHeader("X-Version")));
    }

    private static long parseVersion(String header) {
        if (header == null) {
            return Reply.NO_VERSION;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Reply.NO_VERSION;
        }
    }

    @Override
    public void close() {
        client.close();
    }
}
