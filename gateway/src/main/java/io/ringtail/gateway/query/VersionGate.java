package io.ringtail.gateway.query;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionState;
import io.ringtail.engine.projection.WatermarkWaiters;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.gateway.metrics.ReadYourWritesMetrics;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;

/**
 * Read-your-writes for one event loop: a query that names a version ({@code ?minVersion=N} or header
 * {@code X-Min-Version}) is served only once the projection behind it has applied N. The wait never
 * blocks the loop: the projection's thread signals, and the answer is written back on this loop. Past
 * the deadline the client gets 504 with the view's current watermark, never a stale answer. A view whose
 * projection stopped with an error answers 503 VIEW_UNAVAILABLE, with or without a version asked for.
 */
final class VersionGate {
    static final String MIN_VERSION_HEADER = "X-Min-Version";

    private final Context loop;
    private final long maxTimeoutMillis;
    private final ReadYourWritesMetrics metrics;

    VersionGate(Context loop, long maxTimeoutMillis, ReadYourWritesMetrics metrics) {
        this.loop = loop;
        this.maxTimeoutMillis = maxTimeoutMillis;
        this.metrics = metrics;
    }

    /** What a query does once its view is fresh enough; {@code watermark} goes in {@code X-Version}. */
    @FunctionalInterface
    interface Read {
        void serve(RoutingContext ctx, long watermark);
    }

    void whenVisible(RoutingContext ctx, ProjectionAgent agent, Read read) {
        long minVersion;
        long timeoutMillis;
        try {
            minVersion = minVersion(ctx);
            timeoutMillis = timeoutMillis(ctx);
        } catch (IllegalArgumentException e) {
            ErrorResponder.send(ctx, ErrorCode.INVALID_FIELD, e.getMessage());
            return;
        }
        whenApplied(ctx, agent, minVersion, timeoutMillis, read);
    }

    /** Serves once the projection has applied {@code minVersion}, waiting at most {@code timeoutMillis}. */
    void whenApplied(RoutingContext ctx, ProjectionAgent agent, long minVersion, long timeoutMillis, Read read) {
        if (agent.state() == ProjectionState.STOPPED_WITH_ERROR) {
            viewUnavailable(ctx, agent);
            return;
        }
        long watermark = agent.watermark();
        if (watermark >= minVersion) {
            if (minVersion > 0) {
                metrics.recordWait(0);
            }
            read.serve(ctx, watermark);
            return;
        }
        WatermarkWaiters waiters = agent.waiters();
        long started = waiters.nanoClock().nanoTime();
        long deadline = started + timeoutMillis * 1_000_000L;
        waiters.await(minVersion, deadline, (reached, current) -> loop.runOnContext(ignored -> {
            if (ctx.response().ended() || ctx.response().closed()) {
                return;
            }
            if (agent.state() == ProjectionState.STOPPED_WITH_ERROR) {
                viewUnavailable(ctx, agent);
            } else if (reached) {
                metrics.recordWait(waiters.nanoClock().nanoTime() - started);
                read.serve(ctx, current);
            } else {
                metrics.timeout();
                ErrorResponder.send(ctx, ErrorCode.VERSION_TIMEOUT, "view '" + agent.name()
                    + "' had not applied version " + minVersion + " within " + timeoutMillis + " ms", current);
            }
        }));
    }

    /**
     * A stopped view is frozen at its watermark while the journal moves on: its answers would be stale with
     * nothing to say so, so it answers nothing until it is rebuilt, and says why.
     */
    private static void viewUnavailable(RoutingContext ctx, ProjectionAgent agent) {
        Throwable error = agent.error();
        ErrorResponder.send(ctx, ErrorCode.VIEW_UNAVAILABLE, "view '" + agent.name()
            + "' stopped with an error and serves nothing until it is rebuilt: "
            + (error == null ? "unknown" : error.getMessage()), agent.watermark());
    }

    /** The query parameter wins over the header; either, when sent, must be a version (a bad one is 400, not ignored). */
    private static long minVersion(RoutingContext ctx) {
        String header = ctx.request().getHeader(MIN_VERSION_HEADER);
        long fromHeader = header == null ? 0 : QueryParams.nonNegativeLong(MIN_VERSION_HEADER, header);
        String text = ctx.request().getParam("minVersion");
        return text == null ? fromHeader : QueryParams.nonNegativeLong("minVersion", text);
    }

    private long timeoutMillis(RoutingContext ctx) {
        String text = ctx.request().getParam("timeoutMs");
        if (text == null) {
            return maxTimeoutMillis;
        }
        long asked = QueryParams.nonNegativeLong("timeoutMs", text);
        return Math.min(asked, maxTimeoutMillis);
    }
}
