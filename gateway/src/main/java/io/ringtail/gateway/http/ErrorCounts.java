package io.ringtail.gateway.http;

import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerRequest;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * One event loop's error answers by catalogue code, read by the metrics at scrape time; client mistakes
 * also go to the server's rate-limited {@link ErrorLog}. Kept in the loop's context data, so that
 * {@link ErrorResponder}, called from everywhere, finds it without being handed it; only the loop writes it.
 */
public final class ErrorCounts {
    private static final String KEY = ErrorCounts.class.getName();
    private static final ErrorCode[] CODES = ErrorCode.values();

    private final AtomicLongArray byCode = new AtomicLongArray(CODES.length);
    private final ErrorLog log;

    public ErrorCounts(ErrorLog log) {
        this.log = log;
    }

    /** Makes these the counts of the loop {@code loop} runs on; call from the verticle's start. */
    public void bindTo(Context loop) {
        loop.put(KEY, this);
    }

    /** The current loop's counts, null off a loop or before {@link #bindTo}. */
    static ErrorCounts current() {
        Context context = Vertx.currentContext();
        return context == null ? null : context.get(KEY);
    }

    /** The server's error log, for the handlers that log beyond counting (connection errors, faults). */
    public ErrorLog log() {
        return log;
    }

    void count(ErrorCode code, HttpServerRequest request) {
        int index = code.ordinal();
        byCode.lazySet(index, byCode.get(index) + 1);
        if (code.clientError()) {
            log.clientError(code, request);
        }
    }

    public long count(ErrorCode code) {
        return byCode.get(code.ordinal());
    }
}
