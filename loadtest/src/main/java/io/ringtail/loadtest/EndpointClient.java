package io.ringtail.loadtest;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientAgent;
import io.vertx.core.http.HttpClientConnection;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpConnectOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.net.URI;
import java.time.Duration;

/**
 * The --endpoint hot path: the core Vert.x HTTP client, no WebClient codec layers, one request built
 * once and sent again and again. Each connection of the run owns one {@link Connection}: an HTTP/1.1
 * keep-alive connection opened from the session's own event loop (so a request and its reply never
 * cross threads), one request in flight, no pipelining: what wrk does per connection.
 */
final class EndpointClient implements AutoCloseable {
    private final HttpClientAgent client;
    private final HttpConnectOptions connect;
    private final RequestOptions request;

    EndpointClient(Vertx vertx, URI base, String path, Duration timeout, String apiKey) {
        String host = base.getHost();
        int port = base.getPort() == -1 ? 80 : base.getPort();
        this.client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setPipelining(false)
                .setTcpNoDelay(true));
        this.connect = new HttpConnectOptions().setHost(host).setPort(port).setConnectTimeout(timeout.toMillis());
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.GET)
                .setHost(host)
                .setPort(port)
                .setURI(path)
                .setIdleTimeout(timeout.toMillis())
                .putHeader(HttpHeaders.USER_AGENT, "ringtail-load");
        if (apiKey != null && !apiKey.isEmpty()) {
            options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + apiKey);
        }
        this.request = options;
    }

    /** A connection for one session; call it (and use it) on that session's context only. */
    Connection connection() {
        return new Connection();
    }

    @Override
    public void close() {
        client.close();
    }

    /** One keep-alive connection, reopened on the next request after the server or a timeout closed it. */
    final class Connection {
        private HttpClientConnection connection;

        /** Sends the GET; completes with the response once its body has been read (and dropped). */
        Future<HttpClientResponse> get() {
            HttpClientConnection open = connection;
            if (open != null) {
                return send(open);
            }
            return client.connect(connect).compose(c -> {
                connection = c;
                c.closeHandler(v -> {
                    if (connection == c) {
                        connection = null;
                    }
                });
                return send(c);
            });
        }

        private Future<HttpClientResponse> send(HttpClientConnection c) {
            return c.request(request).compose(HttpClientRequest::send).compose(Connection::drained);
        }

        private static Future<HttpClientResponse> drained(HttpClientResponse response) {
            return response.end().map(response);
        }
    }
}
