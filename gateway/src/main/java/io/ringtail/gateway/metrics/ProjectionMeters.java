package io.ringtail.gateway.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionSnapshots;
import io.ringtail.engine.projection.ProjectionState;
import org.agrona.concurrent.EpochNanoClock;

import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Per projection (label {@code projection}): applied sequence, lag in events and seconds, state as one
 * 0/1 series per {@link ProjectionState} (label {@code state}, lower case), events applied and errors;
 * with view snapshots on, snapshots written, skipped (previous write still running) and failed, the last
 * one's sequence and capture pause, and the sequence the view was restored from at start.
 * Every value is read from the agent's published fields when Prometheus scrapes.
 */
final class ProjectionMeters implements MeterBinder {
    private final List<ProjectionAgent> agents;
    private final LongSupplier headSequence;
    private final EpochNanoClock clock;

    /** @param clock the clock event timestamps are on (the projection config's epoch clock) */
    ProjectionMeters(List<ProjectionAgent> agents, LongSupplier headSequence, EpochNanoClock clock) {
        this.agents = List.copyOf(agents);
        this.headSequence = headSequence;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        for (ProjectionAgent agent : agents) {
            String name = agent.name();
            Gauge.builder("ringtail.projection.applied.sequence", agent, ProjectionAgent::watermark)
                .description("Sequence of the last event applied and visible in the projection's view")
                .tag("projection", name).register(registry);
            Gauge.builder("ringtail.projection.lag.events", agent, a -> lagEvents(a))
                .description("Events journaled but not yet applied by the projection (head - applied)")
                .tag("projection", name).register(registry);
            Gauge.builder("ringtail.projection.lag.seconds", agent, a -> a.lagNanos(headSequence.getAsLong(), clock.nanoTime()) / 1e9)
                .description("Age of the oldest event the projection has not applied yet; 0 when caught up")
                .tag("projection", name).register(registry);
            for (ProjectionState state : ProjectionState.values()) {
                Gauge.builder("ringtail.projection.state", agent, a -> a.state() == state ? 1 : 0)
                    .description("1 for the state the projection is in, 0 for the others")
                    .tags("projection", name, "state", state.name().toLowerCase(Locale.ROOT)).register(registry);
            }
            FunctionCounter.builder("ringtail.projection.events.applied", agent, ProjectionAgent::eventsApplied)
                .description("Events the projection applied since start (rebuilds count again)")
                .tag("projection", name).register(registry);
            FunctionCounter.builder("ringtail.projection.errors", agent, ProjectionAgent::errors)
                .description("Times the projection stopped with an error")
                .tag("projection", name).register(registry);
            ProjectionSnapshots snapshots = agent.snapshots();
            if (snapshots != null) {
                bindSnapshots(registry, name, snapshots);
            }
        }
    }

    private static void bindSnapshots(MeterRegistry registry, String name, ProjectionSnapshots snapshots) {
        FunctionCounter.builder("ringtail.projection.snapshots.written", snapshots, ProjectionSnapshots::written)
            .description("View snapshots written to disk").tag("projection", name).register(registry);
        FunctionCounter.builder("ringtail.projection.snapshots.skipped", snapshots, ProjectionSnapshots::skipped)
            .description("View snapshots skipped because the previous one was still being written")
            .tag("projection", name).register(registry);
        FunctionCounter.builder("ringtail.projection.snapshots.failed", snapshots, ProjectionSnapshots::failed)
            .description("View snapshots that could not be captured or written").tag("projection", name).register(registry);
        Gauge.builder("ringtail.projection.snapshot.last.sequence", snapshots, ProjectionSnapshots::lastWrittenSequence)
            .description("Sequence of the newest view snapshot written").tag("projection", name).register(registry);
        Gauge.builder("ringtail.projection.snapshot.capture.seconds", snapshots, s -> s.lastCaptureNanos() / 1e9)
            .description("How long the projection paused to copy its view for the last snapshot")
            .tag("projection", name).register(registry);
        Gauge.builder("ringtail.projection.snapshot.restored.sequence", snapshots, ProjectionSnapshots::restoredSequence)
            .description("Sequence of the snapshot the view was restored from at start (0: replayed from the first event)")
            .tag("projection", name).register(registry);
    }

    private double lagEvents(ProjectionAgent agent) {
        return Math.max(0, headSequence.getAsLong() - agent.watermark());
    }
}
