package io.ringtail.gateway.metrics;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionState;
import io.ringtail.gateway.health.ReadinessCheck;
import io.vertx.core.json.JsonObject;

import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Not ready while any projection is stopped with an error or lags the journal head by more than
 * {@code maxLagEvents} ({@code --ready-max-lag-events}): a load balancer then sends reads to replicas
 * whose views are fresh. The detail lists every projection's watermark, lag and state.
 */
public final class ProjectionLagCheck implements ReadinessCheck {
    private final List<ProjectionAgent> agents;
    private final LongSupplier headSequence;
    private final long maxLagEvents;

    public ProjectionLagCheck(List<ProjectionAgent> agents, LongSupplier headSequence, long maxLagEvents) {
        this.agents = List.copyOf(agents);
        this.headSequence = headSequence;
        this.maxLagEvents = maxLagEvents;
    }

    @Override
    public String name() {
        return "projectionLag";
    }

    @Override
    public boolean ready() {
        long head = headSequence.getAsLong();
        for (ProjectionAgent agent : agents) {
            if (!fresh(agent, head)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public JsonObject detail() {
        long head = headSequence.getAsLong();
        JsonObject projections = new JsonObject();
        for (ProjectionAgent agent : agents) {
            long watermark = agent.watermark();
            JsonObject projection = new JsonObject()
                .put("watermark", watermark)
                .put("lagEvents", Math.max(0, head - watermark))
                .put("state", agent.state().name().toLowerCase(Locale.ROOT))
                .put("ready", fresh(agent, head));
            Throwable error = agent.error();
            if (error != null) {
                projection.put("error", error.getMessage());
            }
            projections.put(agent.name(), projection);
        }
        return new JsonObject().put("headSequence", head).put("maxLagEvents", maxLagEvents).put("projections", projections);
    }

    private boolean fresh(ProjectionAgent agent, long head) {
        return agent.state() != ProjectionState.STOPPED_WITH_ERROR && head - agent.watermark() <= maxLagEvents;
    }
}
