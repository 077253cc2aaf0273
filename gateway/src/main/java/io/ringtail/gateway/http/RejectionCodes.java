package io.ringtail.gateway.http;

import io.ringtail.engine.WriterCounters;

import java.util.function.IntFunction;

/**
 * The domain's rejection reasons as catalogue entries, looked up by the reason's number when a reply comes
 * back: built once from the domain's names, so answering a rejection allocates nothing. A reason the
 * catalogue does not name is answered as {@link ErrorCode#REJECTED} (a test checks there is none).
 */
public final class RejectionCodes {
    private final ErrorCode[] byReason = new ErrorCode[WriterCounters.MAX_REASONS];

    /** @param reasonNames the domain's stable name of each reason number */
    public RejectionCodes(IntFunction<String> reasonNames) {
        for (int reason = 0; reason < byReason.length; reason++) {
            byReason[reason] = byName(reasonNames.apply(reason));
        }
    }

    /** The entry for a domain reason; never null. */
    public ErrorCode of(int reason) {
        return reason >= 0 && reason < byReason.length ? byReason[reason] : ErrorCode.REJECTED;
    }

    /** The catalogue entry named {@code name}, or REJECTED. */
    static ErrorCode byName(String name) {
        for (ErrorCode code : ErrorCode.values()) {
            if (code.name().equals(name)) {
                return code;
            }
        }
        return ErrorCode.REJECTED;
    }
}
