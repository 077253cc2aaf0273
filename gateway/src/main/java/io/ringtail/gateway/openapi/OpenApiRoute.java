package io.ringtail.gateway.openapi;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 document of every route, read once from the jar where the
 * repository keeps it ({@code gateway/src/main/resources/openapi.json}). Public, like the health probes: it
 * reveals no data, and client generators and API gateways fetch it without a key.
 */
public final class OpenApiRoute implements Handler<RoutingContext> {
    public static final String PATH = "/openapi.json";
    public static final String RESOURCE = "/openapi.json";

    private final Buffer document = Buffer.buffer(read());

    @Override
    public void handle(RoutingContext ctx) {
        ctx.response().putHeader("Content-Type", "application/json").end(document);
    }

    /** The document's bytes as the jar holds them. */
    public static byte[] read() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
