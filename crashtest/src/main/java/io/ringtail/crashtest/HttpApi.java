package io.ringtail.crashtest;

import io.vertx.core.json.JsonObject;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Blocking JSON calls to one server incarnation. A new instance per server start, so no pooled connection
 * of a killed server is ever reused. Any {@link IOException} means "no answer": the request may or may not
 * have reached the engine.
 */
final class HttpApi {
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(2)).build();
    private final URI base;
    private final String apiKey;
    private final Duration timeout;

    /** @param apiKey sent as {@code Authorization: Bearer <key>} on every request; null sends none */
    HttpApi(String baseUrl, String apiKey, Duration timeout) {
        this.base = URI.create(baseUrl);
        this.apiKey = apiKey;
        this.timeout = timeout;
    }

    Reply get(String path) throws IOException {
        return send("GET", path, null);
    }

    Reply post(String path, JsonObject body) throws IOException {
        return send("POST", path, body.encode());
    }

    Reply patch(String path, JsonObject body) throws IOException {
        return send("PATCH", path, body.encode());
    }

    Reply delete(String path) throws IOException {
        return send("DELETE", path, null);
    }

    private Reply send(String method, String path, String body) throws IOException {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        if (apiKey != null) {
            builder.header("Authorization", "Bearer " + apiKey);
        }
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(), response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** One HTTP answer: status and raw body (kept raw so that two servers' answers compare byte for byte). */
    record Reply(int status, String body) {
        JsonObject json() {
            return body == null || body.isBlank() ? new JsonObject() : new JsonObject(body);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
