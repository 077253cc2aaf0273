package io.ringtail.gateway.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.math.BigInteger;
import java.util.Set;

/**
 * Strict reading of a JSON request body on the event loop. Everything a client can get wrong is an
 * {@link ApiError} naming the field: the wrong content type, unparseable JSON, a field the route does not
 * know, a missing one, a key given twice, a string where a number belongs, a fraction, a number beyond the
 * long range.
 */
public final class JsonBody {
    private JsonBody() {
    }

    /** The body as an object holding only {@code allowed} fields. */
    public static JsonObject read(RoutingContext ctx, Set<String> allowed) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType == null || !isJson(contentType)) {
            throw new ApiError(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "the request body must be application/json, got "
                + (contentType == null ? "no Content-Type" : "'" + contentType + "'"));
        }
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw new ApiError(ErrorCode.MALFORMED_JSON, "the request body is empty");
        }
        JsonObject json;
        try {
            json = new JsonObject(body);
        } catch (RuntimeException | StackOverflowError e) {
            throw new ApiError(ErrorCode.MALFORMED_JSON, "the request body is not a JSON object");
        }
        if (members(body) != json.size()) {
            throw new ApiError(ErrorCode.DUPLICATE_KEY, "the body names a field more than once");
        }
        for (String field : json.fieldNames()) {
            if (!allowed.contains(field)) {
                throw new ApiError(ErrorCode.UNKNOWN_FIELD, "field '" + field + "' is not allowed here; allowed: "
                    + String.join(", ", allowed));
            }
        }
        return json;
    }

    public static long requiredLong(JsonObject json, String field, long min) {
        if (!json.containsKey(field)) {
            throw ApiError.missing(field);
        }
        return longValue(json.getValue(field), field, min);
    }

    public static long optionalLong(JsonObject json, String field, long min, long absent) {
        return json.containsKey(field) ? longValue(json.getValue(field), field, min) : absent;
    }

    public static String requiredString(JsonObject json, String field) {
        if (!json.containsKey(field)) {
            throw ApiError.missing(field);
        }
        if (!(json.getValue(field) instanceof String text)) {
            throw ApiError.invalid(field, "must be a string");
        }
        return text;
    }

    public static String optionalString(JsonObject json, String field, String absent) {
        return json.containsKey(field) ? requiredString(json, field) : absent;
    }

    /** A whole number at least {@code min}, as JSON writes it: no strings, fractions or exponents. */
    public static long longValue(Object value, String field, long min) {
        long parsed;
        if (value instanceof Integer || value instanceof Long) {
            parsed = ((Number) value).longValue();
        } else if (value instanceof BigInteger) {
            throw ApiError.invalid(field, "is out of range");
        } else if (value instanceof Number) {
            throw ApiError.invalid(field, "must be a whole number");
        } else {
            throw ApiError.invalid(field, "must be a number");
        }
        if (parsed < min) {
            throw ApiError.invalid(field, "must be at least " + min);
        }
        return parsed;
    }

    /** A whole number in a path or query parameter. */
    public static long parameterLong(String text, String name, long min) {
        if (text == null || text.isEmpty()) {
            throw ApiError.missing(name);
        }
        long parsed;
        try {
            parsed = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw ApiError.invalid(name, "must be a whole number within the long range");
        }
        if (parsed < min) {
            throw ApiError.invalid(name, "must be at least " + min);
        }
        return parsed;
    }

    /**
     * How many members the top-level object of a body that parsed as one holds, duplicates included: its
     * colons outside strings at depth one. A parsed object keeps only the last of a duplicate key, so fewer
     * fields there than members here means a key came twice (an escape such as {@code \u0061} included: the
     * parser compares decoded names). One pass over the bytes, no allocation.
     */
    static int members(Buffer body) {
        int members = 0;
        int depth = 0;
        boolean inString = false;
        for (int i = 0, n = body.length(); i < n; i++) {
            byte b = body.getByte(i);
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
            } else if (b == ':' && depth == 1) {
                members++;
            }
        }
        return members;
    }

    private static boolean isJson(String contentType) {
        int semicolon = contentType.indexOf(';');
        String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim();
        return mediaType.equalsIgnoreCase("application/json");
    }
}
