package io.ringtail.gateway.http;

/**
 * The one catalogue of error codes: every error body of every route carries one of these names in
 * {@code "error"}, with this status and no other. Clients match on the names, so they never change.
 *
 * <p>The domain's rejection reasons are here too, under the domain's own names ({@link RejectionCodes} maps
 * the reason numbers onto them): a rejection is answered 422, except that naming something that does not
 * exist (for this key) is 404 wherever it is named, path or body, command or query. One meaning per code:
 * <ul>
 *   <li>400: the request could not be read or breaks the syntax of its route (a missing, unknown or mistyped
 *       field, a negative number, a duplicate JSON key, a bad escape, an HTTP version other than 1.x);</li>
 *   <li>404: the route, account, order or symbol it names does not exist, or is not this key's to see;</li>
 *   <li>422: it is well formed and names what exists, and the business rules refuse it;</li>
 *   <li>503 / 504: the server cannot answer now; the client may retry.</li>
 * </ul>
 */
public enum ErrorCode {
    MALFORMED_REQUEST(400, Source.GATEWAY),
    MALFORMED_URI(400, Source.GATEWAY),
    UNSUPPORTED_HTTP_VERSION(400, Source.GATEWAY),
    MALFORMED_JSON(400, Source.GATEWAY),
    DUPLICATE_KEY(400, Source.GATEWAY),
    INVALID_FIELD(400, Source.GATEWAY),
    MISSING_FIELD(400, Source.GATEWAY),
    UNKNOWN_FIELD(400, Source.GATEWAY),
    JSON_TOO_DEEP(400, Source.GATEWAY),
    STRING_TOO_LONG(400, Source.GATEWAY),
    UNAUTHORIZED(401, Source.GATEWAY),
    FORBIDDEN(403, Source.GATEWAY),
    NOT_FOUND(404, Source.GATEWAY),
    UNKNOWN_ACCOUNT(404, Source.DOMAIN),
    UNKNOWN_ORDER(404, Source.DOMAIN),
    UNKNOWN_SYMBOL(404, Source.DOMAIN),
    METHOD_NOT_ALLOWED(405, Source.GATEWAY),
    PAYLOAD_TOO_LARGE(413, Source.GATEWAY),
    URI_TOO_LONG(414, Source.GATEWAY),
    UNSUPPORTED_MEDIA_TYPE(415, Source.GATEWAY),
    EXPECTATION_FAILED(417, Source.GATEWAY),
    DUPLICATE_ACCOUNT(422, Source.DOMAIN),
    INVALID_ACCOUNT_ID(422, Source.DOMAIN),
    INVALID_PRICE(422, Source.DOMAIN),
    INVALID_QUANTITY(422, Source.DOMAIN),
    INVALID_AMOUNT(422, Source.DOMAIN),
    INVALID_SIDE(422, Source.DOMAIN),
    INVALID_TIME_IN_FORCE(422, Source.DOMAIN),
    INVALID_CLIENT_ORDER_ID(422, Source.DOMAIN),
    INSUFFICIENT_BUYING_POWER(422, Source.DOMAIN),
    INSUFFICIENT_POSITION(422, Source.DOMAIN),
    ORDER_OF_OTHER_ACCOUNT(422, Source.DOMAIN),
    ORDER_NOT_OPEN(422, Source.DOMAIN),
    INVALID_AMEND(422, Source.DOMAIN),
    CAPACITY_EXCEEDED(422, Source.DOMAIN),
    COMMAND_TOO_LARGE(422, Source.DOMAIN),
    MALFORMED_COMMAND(422, Source.DOMAIN),
    FOK_NOT_FILLABLE(422, Source.DOMAIN),
    WOULD_CROSS(422, Source.DOMAIN),
    INVALID_ORDER_TYPE(422, Source.DOMAIN),
    INVALID_BUDGET(422, Source.DOMAIN),
    INVALID_SELF_TRADE_PREVENTION(422, Source.DOMAIN),
    /** A domain reason this catalogue has no entry for; the message names it. A test keeps this unused. */
    REJECTED(422, Source.DOMAIN),
    RATE_LIMITED(429, Source.GATEWAY),
    HEADERS_TOO_LARGE(431, Source.GATEWAY),
    INTERNAL_ERROR(500, Source.GATEWAY),
    UNKNOWN_COMMAND(500, Source.DOMAIN),
    OVERLOADED(503, Source.GATEWAY),
    JOURNAL_UNAVAILABLE(503, Source.DOMAIN),
    NOT_READY(503, Source.GATEWAY),
    VIEW_UNAVAILABLE(503, Source.GATEWAY),
    WRITER_DOWN(503, Source.GATEWAY),
    VERSION_TIMEOUT(504, Source.GATEWAY);

    /** Who speaks the code: the gateway itself, or the domain as a rejection reason of the same name. */
    public enum Source { GATEWAY, DOMAIN }

    private final int status;
    private final Source source;

    ErrorCode(int status, Source source) {
        this.status = status;
        this.source = source;
    }

    public int status() {
        return status;
    }

    public Source source() {
        return source;
    }

    /** The client's mistake (4xx), as opposed to the server's state or fault (5xx). */
    public boolean clientError() {
        return status < 500;
    }
}
