package io.ringtail.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses, before the router or the body reader decode anything, what they would otherwise turn into
 * exceptions of their own:
 * <ul>
 *   <li>a percent sign in the URI not followed by two hex digits: vertx-web decodes path parameters and
 *       Vert.x the query string as they are first touched, and a bad escape then throws wherever that
 *       happens (a 500 from a handler, a plain-text 400 from the router, no answer from an end handler);</li>
 *   <li>a form or multipart body: vertx-web's body handler would hand it to Vert.x's form decoder, which
 *       throws for methods other than POST, PUT, PATCH and DELETE and decodes the query string once the body
 *       ends. No route reads forms.</li>
 * </ul>
 * One pass over the URI's characters only when it holds a percent sign; no allocation.
 */
public final class RequestHeadCheck implements Handler<RoutingContext> {
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final String MULTIPART = "multipart/";

    @Override
    public void handle(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (!wellEscaped(request.uri())) {
            throw new ApiError(ErrorCode.MALFORMED_URI, "a '%' in the URI must be followed by two hex digits");
        }
        String type = request.getHeader("Content-Type");
        if (type != null && (startsWithIgnoreCase(type, FORM) || startsWithIgnoreCase(type, MULTIPART))) {
            throw new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "request bodies are application/json; forms are not read");
        }
        ctx.next();
    }

    static boolean wellEscaped(String uri) {
        if (uri == null) {
            return true;
        }
        for (int i = uri.indexOf('%'); i >= 0; i = uri.indexOf('%', i + 3)) {
            if (i + 2 >= uri.length() || !isHex(uri.charAt(i + 1)) || !isHex(uri.charAt(i + 2))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean startsWithIgnoreCase(String text, String prefix) {
        return text.regionMatches(true, 0, prefix, 0, prefix.length());
    }
}
