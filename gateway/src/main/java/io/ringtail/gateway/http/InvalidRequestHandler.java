package io.ringtail.gateway.http;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;

/**
 * Requests the HTTP decoder could not read (a head over {@code --max-header-size}, a request line too long,
 * garbage) never reach the router; Vert.x's default answer has no body. This one answers in the gateway's
 * error shape and closes the connection, since the rest of the stream cannot be trusted to be framed.
 */
public final class InvalidRequestHandler implements Handler<HttpServerRequest> {
    @Override
    public void handle(HttpServerRequest request) {
        DecoderResult result = request.decoderResult();
        Throwable cause = result == null ? null : result.cause();
        ErrorCode code;
        String message;
        if (cause instanceof TooLongHttpHeaderException) {
            code = ErrorCode.HEADERS_TOO_LARGE;
            message = "the request headers are larger than allowed";
        } else if (cause instanceof TooLongHttpLineException) {
            code = ErrorCode.URI_TOO_LONG;
            message = "the request line is longer than allowed";
        } else {
            code = ErrorCode.MALFORMED_REQUEST;
            message = "the request could not be read as HTTP";
        }
        request.response().setStatusCode(code.status())
            .putHeader("Content-Type", "application/json")
            .putHeader("Connection", "close")
            .end(new JsonObject().put("error", code.name()).put("message", message).toBuffer())
            .onComplete(done -> request.connection().close());
    }
}
