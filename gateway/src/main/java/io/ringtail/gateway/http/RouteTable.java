package io.ringtail.gateway.http;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Registers routes and then closes the router with the answers for everything else: 405 with an
 * {@code Allow} header for a known path with another method, 404 for an unknown path, and the
 * {@link FailureHandler}, which is also the router's error handler for what it fails by itself. Every group of routes (commands, health, and later queries) adds itself here.
 */
public final class RouteTable {
    private final Router router;
    private final Map<String, TreeSet<String>> methodsByPath = new LinkedHashMap<>();
    private boolean finished;

    private final ErrorLog errors;

    public RouteTable(Router router, ErrorLog errors) {
        this.router = router;
        this.errors = errors;
    }

    /** For handlers every route shares (the body reader), added before any route. */
    public Router router() {
        return router;
    }

    public RouteTable add(HttpMethod method, String path, Handler<RoutingContext> handler) {
        if (finished) {
            throw new IllegalStateException("routes must be added before finish()");
        }
        router.route(method, path).handler(handler);
        methodsByPath.computeIfAbsent(path, p -> new TreeSet<>()).add(method.name());
        return this;
    }

    public Router finish() {
        finished = true;
        methodsByPath.forEach((path, methods) -> {
            String allow = String.join(", ", methods);
            router.route(path).handler(ctx -> {
                ctx.response().putHeader("Allow", allow);
                ErrorResponder.send(ctx, ErrorCode.METHOD_NOT_ALLOWED,
                    ctx.request().method() + " is not allowed on " + path + "; allowed: " + allow);
            });
        });
        router.route().last().handler(ctx ->
            ErrorResponder.send(ctx, ErrorCode.NOT_FOUND, "no route for " + ctx.request().path()));
        FailureHandler failures = new FailureHandler(errors);
        router.route().failureHandler(failures);
        // What vertx-web fails before any route runs (a request without a Host, a throw while matching a
        // route) it would otherwise answer in plain text and log as an unhandled exception.
        router.uncaughtErrorHandler(failures);
        return router;
    }
}
