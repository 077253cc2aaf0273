package io.ringtail.gateway.http;

/**
 * The gateway's own error codes and their HTTP status. Clients match on the names, so they never change;
 * business rejections are not here: they carry the domain's reason name with 422.
 */
public enum ErrorCode {
    MALFORMED_JSON(400),
    MALFORMED_REQUEST(400),
    INVALID_FIELD(400),
    MISSING_FIELD(400),
    UNKNOWN_FIELD(400),
    UNKNOWN_SYMBOL(400),
    JSON_TOO_DEEP(400),
    STRING_TOO_LONG(400),
    UNAUTHORIZED(401),
    FORBIDDEN(403),
    NOT_FOUND(404),
    UNKNOWN_ORDER(404),
    METHOD_NOT_ALLOWED(405),
    PAYLOAD_TOO_LARGE(413),
    UNSUPPORTED_MEDIA_TYPE(415),
    URI_TOO_LONG(414),
    RATE_LIMITED(429),
    HEADERS_TOO_LARGE(431),
    INTERNAL_ERROR(500),
    OVERLOADED(503),
    JOURNAL_UNAVAILABLE(503),
    NOT_READY(503),
    VIEW_UNAVAILABLE(503),
    WRITER_DOWN(503);

    private final int status;

    ErrorCode(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}
