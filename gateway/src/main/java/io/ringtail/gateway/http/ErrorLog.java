package io.ringtail.gateway.http;

import io.vertx.core.http.HttpServerRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * What the server logs about bad requests and broken connections, for the whole server: at most one line per
 * interval for each kind, saying how many more there were since the previous line. A client cannot fill the
 * disk, and the log never holds the query string (where a client may wrongly put a secret) nor any text of
 * the request beyond its method and a printable, shortened path. Server faults keep their stack trace, one
 * per interval.
 */
public final class ErrorLog {
    static final long INTERVAL_NANOS = TimeUnit.SECONDS.toNanos(10);
    private static final int MAX_PATH = 64;
    private static final Logger LOG = LoggerFactory.getLogger(ErrorLog.class);

    private final Limiter clientErrors = new Limiter();
    private final Limiter connectionErrors = new Limiter();
    private final Limiter faults = new Limiter();

    void clientError(ErrorCode code, HttpServerRequest request) {
        long others = clientErrors.tryLine();
        if (others >= 0) {
            LOG.info("client error {} {} on {} {}{}", code.status(), code.name(), request.method(), printablePath(request),
                more(others));
        }
    }

    /** A connection failed below HTTP (reset, TLS, framing): only the exception's type is logged, never its text. */
    public void connectionError(Throwable error) {
        long others = connectionErrors.tryLine();
        if (others >= 0) {
            LOG.info("connection error {}{}", error.getClass().getSimpleName(), more(others));
        }
    }

    /** A gateway fault answered 500: the trace is what an operator needs, but one per interval is enough. */
    public void fault(HttpServerRequest request, Throwable failure) {
        long others = faults.tryLine();
        if (others >= 0) {
            LOG.error("unexpected failure on {} {}{}", request.method(), printablePath(request), more(others), failure);
        }
    }

    private static String more(long others) {
        return others == 0 ? "" : " (and " + others + " more since the previous line)";
    }

    static String printablePath(HttpServerRequest request) {
        String path;
        try {
            path = request.path();
        } catch (RuntimeException e) {
            path = null;
        }
        if (path == null) {
            return "-";
        }
        int length = Math.min(path.length(), MAX_PATH);
        StringBuilder printable = new StringBuilder(length + 3);
        for (int i = 0; i < length; i++) {
            char c = path.charAt(i);
            printable.append(c > 0x20 && c < 0x7F ? c : '?');
        }
        return path.length() > MAX_PATH ? printable.append("...").toString() : printable.toString();
    }

    /** One line per interval; the events in between are counted, not logged. */
    private static final class Limiter {
        private final AtomicLong nextLineAt = new AtomicLong(System.nanoTime());
        private final LongAdder skipped = new LongAdder();

        /** @return the events skipped since the last line when this one may log, -1 when it may not */
        long tryLine() {
            long now = System.nanoTime();
            long next = nextLineAt.get();
            if (now - next < 0 || !nextLineAt.compareAndSet(next, now + INTERVAL_NANOS)) {
                skipped.increment();
                return -1;
            }
            return skipped.sumThenReset();
        }
    }
}
