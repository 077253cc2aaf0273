package io.ringtail.gateway.http;

import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** Writes the one error body shape every failure uses: {@code {"error": CODE, "message": text}}. */
public final class ErrorResponder {
    private ErrorResponder() {
    }

    public static void send(RoutingContext ctx, ErrorCode code, String message) {
        send(ctx, code.status(), code.name(), message);
    }

    public static void send(RoutingContext ctx, int status, String code, String message) {
        send(ctx, status, new JsonObject().put("error", code).put("message", message));
    }

    /** For error bodies with extra fields (a rejected command's version, a timed-out wait's watermark). */
    public static void send(RoutingContext ctx, int status, JsonObject body) {
        HttpServerResponse response = ctx.response();
        if (response.ended() || response.closed()) {
            return;
        }
        if (status == ErrorCode.OVERLOADED.status()) {
            response.putHeader("Retry-After", "1");
        }
        response.setStatusCode(status)
            .putHeader("Content-Type", "application/json")
            .end(body.toBuffer());
    }
}
