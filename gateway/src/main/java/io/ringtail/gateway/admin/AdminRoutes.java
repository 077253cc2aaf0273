package io.ringtail.gateway.admin;

import io.ringtail.engine.Engine;
import io.ringtail.gateway.command.CommandBridge;
import io.ringtail.gateway.http.RouteTable;
import io.vertx.core.http.HttpMethod;

/** Read-only operator routes of one event loop. */
public final class AdminRoutes {
    private AdminRoutes() {
    }

    public static void register(RouteTable table, CommandBridge bridge, Engine engine) {
        table.add(HttpMethod.GET, "/admin/state", new StateDigestRoute(bridge, engine));
    }
}
