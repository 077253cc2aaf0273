package io.ringtail.gateway.http;

import io.vertx.core.Future;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/**
 * Writes the one error body shape every failure uses, {@code {"error": CODE, "message": text}} (plus the
 * {@code "version"} where one is known), with the code's own status: there is no other way to answer an
 * error. Each answer is counted by code in the loop's {@link ErrorCounts}.
 */
public final class ErrorResponder {
    private ErrorResponder() {
    }

    public static void send(RoutingContext ctx, ErrorCode code, String message) {
        write(ctx.request(), code, body(code, message), false);
    }

    /** For errors that know a version: a rejected command's, a timed-out wait's or a stopped view's watermark. */
    public static void send(RoutingContext ctx, ErrorCode code, String message, long version) {
        write(ctx.request(), code, body(code, message).put("version", version), false);
    }

    /** For errors with fields of their own beyond code and message (the checks a not-ready server waits for). */
    public static void send(RoutingContext ctx, ErrorCode code, String message, JsonObject fields) {
        write(ctx.request(), code, body(code, message).mergeIn(fields), false);
    }

    /**
     * For a request whose stream can no longer be trusted to be framed (the decoder failed on it): answers,
     * then closes the connection.
     */
    public static void sendAndClose(HttpServerRequest request, ErrorCode code, String message) {
        write(request, code, body(code, message), true)
            .onComplete(done -> request.connection().close());
    }

    private static JsonObject body(ErrorCode code, String message) {
        return new JsonObject().put("error", code.name()).put("message", message);
    }

    private static Future<Void> write(HttpServerRequest request, ErrorCode code, JsonObject body, boolean close) {
        HttpServerResponse response = request.response();
        if (response.ended() || response.closed()) {
            return Future.succeededFuture();
        }
        ErrorCounts counts = ErrorCounts.current();
        if (counts != null) {
            counts.count(code, request);
        }
        if (code.status() == 503) {
            response.putHeader("Retry-After", "1");
        }
        if (close) {
            response.putHeader("Connection", "close");
        }
        return response.setStatusCode(code.status())
            .putHeader("Content-Type", "application/json")
            .end(body.toBuffer());
    }
}
