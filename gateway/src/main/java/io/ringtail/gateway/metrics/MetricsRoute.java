package io.ringtail.gateway.metrics;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /metrics}. Rendering walks every meter and the JVM's MXBeans, so it runs on a worker thread
 * and the event loop only writes the result.
 */
public final class MetricsRoute implements Handler<RoutingContext> {
    /** The Prometheus text format version Prometheus negotiates by default. */
    private static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final GatewayMetrics metrics;

    public MetricsRoute(GatewayMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void handle(RoutingContext ctx) {
        ctx.vertx().executeBlocking(metrics::scrape, false).onComplete(result -> {
            if (result.succeeded()) {
                ctx.response().putHeader("Content-Type", CONTENT_TYPE).end(result.result());
            } else {
                ctx.fail(result.cause());
            }
        });
    }
}
