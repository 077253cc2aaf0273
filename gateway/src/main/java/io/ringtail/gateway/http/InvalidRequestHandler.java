package io.ringtail.gateway.http;

import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;

/**
 * Requests the HTTP decoder could not read (a head over {@code --max-header-size}, a request line too long,
 * garbage, an HTTP version other than 1.0 or 1.1 or a Transfer-Encoding other than chunked as
 * {@link HttpFramingCheck} marks them) never reach the
 * router; Vert.x's default answer has no body. This one answers in the gateway's error shape and closes the
 * connection, since the rest of the stream cannot be trusted to be framed.
 */
public final class InvalidRequestHandler implements Handler<HttpServerRequest> {
    @Override
    public void handle(HttpServerRequest request) {
        DecoderResult result = request.decoderResult();
        Throwable cause = result == null ? null : result.cause();
        if (cause instanceof TooLongHttpHeaderException) {
            ErrorResponder.sendAndClose(request, ErrorCode.HEADERS_TOO_LARGE, "the request headers are larger than allowed");
        } else if (cause instanceof TooLongHttpLineException) {
            ErrorResponder.sendAndClose(request, ErrorCode.URI_TOO_LONG, "the request line is longer than allowed");
        } else if (cause instanceof HttpFramingCheck.UnsupportedVersion) {
            ErrorResponder.sendAndClose(request, ErrorCode.UNSUPPORTED_HTTP_VERSION, "only HTTP/1.1 and HTTP/1.0 are served");
        } else if (cause instanceof HttpFramingCheck.UnframedBody) {
            ErrorResponder.sendAndClose(request, ErrorCode.MALFORMED_REQUEST,
                "the only Transfer-Encoding read is chunked, alone; the request's length cannot be known");
        } else {
            ErrorResponder.sendAndClose(request, ErrorCode.MALFORMED_REQUEST, "the request could not be read as HTTP");
        }
    }
}
