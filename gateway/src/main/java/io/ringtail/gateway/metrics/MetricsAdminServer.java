package io.ringtail.gateway.metrics;

import io.ringtail.gateway.http.ErrorLog;
import io.ringtail.gateway.http.RouteTable;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;

/**
 * {@code /metrics} on a port of its own ({@code --metrics-port}), for deployments that keep scrapes off
 * the client-facing port. One server on one loop: a scrape every few seconds needs no more.
 */
public final class MetricsAdminServer {
    private MetricsAdminServer() {
    }

    public static Future<HttpServer> start(Vertx vertx, String bind, int port, GatewayMetrics metrics) {
        RouteTable table = new RouteTable(Router.router(vertx), new ErrorLog());
        table.add(HttpMethod.GET, "/metrics", new MetricsRoute(metrics));
        return vertx.createHttpServer().requestHandler(table.finish()).listen(port, bind);
    }
}
