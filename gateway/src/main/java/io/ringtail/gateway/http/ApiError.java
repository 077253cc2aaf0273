package io.ringtail.gateway.http;

/**
 * A request the gateway refuses, thrown from a handler on the event loop and answered by the
 * {@link FailureHandler}. It carries no stack trace: it is an answer, not a fault, and is thrown per bad request.
 */
public final class ApiError extends RuntimeException {
    private final ErrorCode code;

    public ApiError(ErrorCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }

    public static ApiError invalid(String field, String problem) {
        return new ApiError(ErrorCode.INVALID_FIELD, "field '" + field + "' " + problem);
    }

    public static ApiError missing(String field) {
        return new ApiError(ErrorCode.MISSING_FIELD, "field '" + field + "' is required");
    }
}
