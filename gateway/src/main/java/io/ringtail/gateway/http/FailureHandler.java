package io.ringtail.gateway.http;

import io.netty.handler.codec.DecoderException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;

/**
 * The router's last word on anything a handler threw or failed with, and its error handler for every status
 * vertx-web raises by itself. An {@link ApiError} is the client's fault and answered as such; a status raised
 * by vertx-web (413 from the body handler, 400 for a request without a Host) gets its stable code; a request
 * whose stream broke while its body was read (a malformed chunk) is the client's fault too, answered 400
 * before Vert.x closes the connection. Anything else is a gateway fault: logged with its trace (at most one
 * per {@link ErrorLog} interval), answered 500 without one.
 */
public final class FailureHandler implements Handler<RoutingContext> {
    /**
     * vertx-web's BodyHandler fails the context with this status when the request stream reports an error
     * that is not a {@link DecoderException} (a chunk size Netty could not parse arrives as a
     * NumberFormatException, say): there is no other sign that the request, not a handler, failed.
     */
    private static final int BODY_STREAM_FAILED = 200;

    private final ErrorLog log;

    public FailureHandler(ErrorLog log) {
        this.log = log;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        if (failure instanceof ApiError error) {
            ErrorResponder.send(ctx, error.code(), error.getMessage());
            return;
        }
        int status = ctx.statusCode();
        if (status == -1 && failure instanceof HttpException http) {
            status = http.getStatusCode();
        }
        if (status == BODY_STREAM_FAILED || failure instanceof DecoderException) {
            ErrorResponder.sendAndClose(ctx.request(), ErrorCode.MALFORMED_REQUEST, "the request body could not be read as HTTP");
            return;
        }
        switch (status) {
            case 400 -> ErrorResponder.send(ctx, ErrorCode.MALFORMED_REQUEST, "the request could not be read");
            case 404 -> ErrorResponder.send(ctx, ErrorCode.NOT_FOUND, "no such route");
            case 405 -> ErrorResponder.send(ctx, ErrorCode.METHOD_NOT_ALLOWED, "the method is not allowed on this path");
            case 413 -> ErrorResponder.send(ctx, ErrorCode.PAYLOAD_TOO_LARGE, "the request body is larger than allowed");
            case 414 -> ErrorResponder.send(ctx, ErrorCode.URI_TOO_LONG, "the request line is longer than allowed");
            case 415 -> ErrorResponder.send(ctx, ErrorCode.UNSUPPORTED_MEDIA_TYPE, "the request body must be application/json");
            case 417 -> ErrorResponder.send(ctx, ErrorCode.EXPECTATION_FAILED, "the only expectation understood is 100-continue");
            case 431 -> ErrorResponder.send(ctx, ErrorCode.HEADERS_TOO_LARGE, "the request headers are larger than allowed");
            default -> {
                if (!ctx.response().closed()) {
                    log.fault(ctx.request(), failure);
                }
                ErrorResponder.send(ctx, ErrorCode.INTERNAL_ERROR, "unexpected server error");
            }
        }
    }
}
