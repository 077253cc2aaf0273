package io.ringtail.gateway.health;

import io.ringtail.engine.Engine;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.http.RouteTable;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/**
 * {@code /health/live}: the process is worth keeping, i.e. the writer thread is still running (a dead
 * writer answers nothing ever again, so a restart is the cure). {@code /health/ready}: every
 * {@link ReadinessCheck} passes, so traffic may be routed here.
 */
public final class HealthRoutes {
    private final Engine engine;
    private final List<ReadinessCheck> checks;

    public HealthRoutes(Engine engine, List<ReadinessCheck> checks) {
        this.engine = engine;
        this.checks = List.copyOf(checks);
    }

    public void register(RouteTable table) {
        table.add(HttpMethod.GET, "/health/live", this::live)
            .add(HttpMethod.GET, "/health/ready", this::ready);
    }

    private void live(RoutingContext ctx) {
        if (engine.writerAlive()) {
            JsonResponse.send(ctx, 200, new JsonObject().put("status", "UP").put("headSequence", engine.headSequence()));
        } else {
            ErrorResponder.send(ctx, ErrorCode.WRITER_DOWN, "the writer thread has stopped; restart the process");
        }
    }

    private void ready(RoutingContext ctx) {
        JsonObject results = new JsonObject();
        JsonObject details = new JsonObject();
        StringBuilder waiting = new StringBuilder();
        for (ReadinessCheck check : checks) {
            boolean ready = check.ready();
            results.put(check.name(), ready);
            JsonObject detail = check.detail();
            if (detail != null) {
                details.put(check.name(), detail);
            }
            if (!ready) {
                waiting.append(waiting.length() == 0 ? "" : ", ").append(check.name());
            }
        }
        if (waiting.length() == 0) {
            JsonResponse.send(ctx, 200, new JsonObject().put("status", "READY").put("checks", results).put("details", details));
        } else {
            ErrorResponder.send(ctx, ErrorCode.NOT_READY, "waiting for: " + waiting,
                new JsonObject().put("checks", results).put("details", details));
        }
    }
}
