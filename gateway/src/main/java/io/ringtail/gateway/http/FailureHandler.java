package io.ringtail.gateway.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The router's last word on anything a handler threw or failed with. An {@link ApiError} is the client's
 * fault and answered as such; statuses raised by Vert.x itself (413 from the body handler, say) get their
 * stable code; anything else is a gateway fault: logged with its trace, answered 500 without one.
 */
public final class FailureHandler implements Handler<RoutingContext> {
    private static final Logger LOG = LoggerFactory.getLogger(FailureHandler.class);

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ApiError error) {
            ErrorResponder.send(ctx, error.code(), error.getMessage());
            return;
        }
        switch (ctx.statusCode()) {
            case 400 -> ErrorResponder.send(ctx, ErrorCode.MALFORMED_REQUEST, "the request could not be read");
            case 404 -> ErrorResponder.send(ctx, ErrorCode.NOT_FOUND, "no route for " + ctx.request().path());
            case 413 -> ErrorResponder.send(ctx, ErrorCode.PAYLOAD_TOO_LARGE, "the request body is larger than allowed");
            case 415 -> ErrorResponder.send(ctx, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "the request body must be application/json");
            default -> {
                LOG.error("unexpected failure on {} {}", ctx.request().method(), ctx.request().path(), failure);
                ErrorResponder.send(ctx, ErrorCode.INTERNAL_ERROR, "unexpected server error");
            }
        }
    }
}
