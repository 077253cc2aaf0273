package io.ringtail.gateway.metrics;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.concurrent.atomic.AtomicLongArray;

/**
 * First handler of one event loop's router: counts that loop's responses by status class (1xx..5xx) when
 * their headers go out. One instance per loop, so the counts have a single writer and plain stores do.
 */
public final class HttpResponseCounter implements Handler<RoutingContext> {
    static final int CLASSES = 5;

    private final AtomicLongArray byClass = new AtomicLongArray(CLASSES);

    @Override
    public void handle(RoutingContext ctx) {
        ctx.addHeadersEndHandler(ignored -> count(ctx.response().getStatusCode()));
        ctx.next();
    }

    private void count(int status) {
        int index = Math.min(Math.max(status / 100, 1), CLASSES) - 1;
        byClass.lazySet(index, byClass.get(index) + 1);
    }

    long responses(int statusClassIndex) {
        return byClass.get(statusClassIndex);
    }
}
