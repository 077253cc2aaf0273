package io.ringtail.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body nested deeper or holding a longer string than any request needs, before a parser sees it:
 * one pass over the bytes, no allocation, so a hostile body costs its length and nothing more (a deep one
 * would otherwise cost a parser stack frame per level). Bodies that are not JSON pass through untouched;
 * the route's parser rejects them.
 */
public final class JsonShapeLimits implements Handler<RoutingContext> {
    private final int maxDepth;
    private final int maxStringLength;

    public JsonShapeLimits(int maxDepth, int maxStringLength) {
        this.maxDepth = maxDepth;
        this.maxStringLength = maxStringLength;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Buffer body = ctx.body() == null ? null : ctx.body().buffer();
        if (body != null && body.length() > 0) {
            check(body);
        }
        ctx.next();
    }

    /** @throws ApiError JSON_TOO_DEEP or STRING_TOO_LONG */
    void check(Buffer body) {
        int depth = 0;
        boolean inString = false;
        boolean escaped = false;
        int stringLength = 0;
        for (int i = 0, n = body.length(); i < n; i++) {
            byte b = body.getByte(i);
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                    continue;
                } else if (b == '"') {
                    inString = false;
                    continue;
                }
                // UTF-8 continuation bytes belong to the character already counted.
                if ((b & 0xC0) != 0x80 && ++stringLength > maxStringLength) {
                    throw new ApiError(ErrorCode.STRING_TOO_LONG, "a string in the body is longer than "
                        + maxStringLength + " characters");
                }
            } else if (b == '"') {
                inString = true;
                stringLength = 0;
            } else if (b == '{' || b == '[') {
                if (++depth > maxDepth) {
                    throw new ApiError(ErrorCode.JSON_TOO_DEEP, "the body nests deeper than " + maxDepth + " levels");
                }
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
    }
}
