package io.ringtail.gateway.connection;

import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.ext.web.RoutingContext;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One event loop's connection protection, next to the idle timeout Vert.x applies by itself:
 * <ul>
 *   <li>admits a connection only while the shared {@link ConnectionLimits} has room, closing it at once
 *       otherwise;</li>
 *   <li>closes a connection that has not delivered a whole request head within the header deadline, counted
 *       from when it opened or from the end of its previous response. A slowloris client that dribbles a
 *       header byte now and then is never idle, so only this deadline catches it.</li>
 * </ul>
 * A connection waiting for its response (a read-your-writes wait, a command in the ring) has no deadline here.
 * Everything runs on the loop that owns the connections, so the state is plain fields; a sweep every quarter
 * deadline (between 50 ms and 1 s) checks them, instead of a timer per request.
 */
public final class ConnectionGuard {
    private final Vertx vertx;
    private final ConnectionLimits limits;
    private final long headerTimeoutNanos;
    private final Map<HttpConnection, Tracked> connections = new IdentityHashMap<>();
    private final List<HttpConnection> expired = new ArrayList<>();
    private long sweepTimer = -1;

    /** @param headerTimeoutMillis 0 for no request-head deadline */
    public ConnectionGuard(Vertx vertx, ConnectionLimits limits, long headerTimeoutMillis) {
        this.vertx = vertx;
        this.limits = limits;
        this.headerTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(headerTimeoutMillis);
        if (headerTimeoutMillis > 0) {
            long period = Math.min(Math.max(headerTimeoutMillis / 4, 50), 1000);
            sweepTimer = vertx.setPeriodic(period, ignored -> sweep());
        }
    }

    /** The server's connection handler. */
    public void onConnection(HttpConnection connection) {
        if (!limits.tryOpen()) {
            connection.close();
            return;
        }
        Tracked tracked = new Tracked(connection, System.nanoTime());
        connections.put(connection, tracked);
        connection.closeHandler(ignored -> {
            connections.remove(connection);
            limits.closed();
        });
    }

    /** First handler of the router: the request's head is complete; its deadline restarts when the response ends. */
    public void onRequest(RoutingContext ctx) {
        Tracked tracked = connections.get(ctx.request().connection());
        if (tracked != null) {
            tracked.awaitingHeadSince = 0;
            ctx.addEndHandler(tracked);
        }
        ctx.next();
    }

    /** Stops the sweep; the connections themselves are closed by the server. */
    public void close() {
        if (sweepTimer >= 0) {
            vertx.cancelTimer(sweepTimer);
            sweepTimer = -1;
        }
    }

    private void sweep() {
        long now = System.nanoTime();
        for (Tracked tracked : connections.values()) {
            long since = tracked.awaitingHeadSince;
            if (since != 0 && now - since > headerTimeoutNanos) {
                expired.add(tracked.connection);
            }
        }
        for (HttpConnection connection : expired) {
            limits.slowRequestHeadClosed();
            connections.get(connection).awaitingHeadSince = 0; // closed once, counted once
            connection.close();
        }
        expired.clear();
    }

    /** A connection's deadline state; also the end-of-response handler that restarts the deadline. */
    private static final class Tracked implements Handler<AsyncResult<Void>> {
        final HttpConnection connection;
        /** System.nanoTime() since when a request head is awaited; 0 while a request is being served. */
        long awaitingHeadSince;

        Tracked(HttpConnection connection, long now) {
            this.connection = connection;
            this.awaitingHeadSince = nonZero(now);
        }

        private static long nonZero(long nanos) {
            return nanos == 0 ? 1 : nanos; // 0 means "no deadline running"
        }

        @Override
        public void handle(AsyncResult<Void> ended) {
            awaitingHeadSince = nonZero(System.nanoTime());
        }
    }
}
