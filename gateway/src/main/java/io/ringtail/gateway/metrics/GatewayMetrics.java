package io.ringtail.gateway.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.model.registry.PrometheusRegistry;
import io.ringtail.engine.Engine;
import io.ringtail.gateway.connection.ConnectionLimits;
import io.ringtail.gateway.http.ErrorCounts;
import io.ringtail.engine.projection.ProjectionAgent;
import org.agrona.concurrent.EpochNanoClock;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The gateway's Prometheus registry and everything in it. Hot paths get a recorder of their own at start
 * ({@link #newLoopLatency()}, {@link #newLoopResponseCounter()}, {@link #newLoopErrors()}) or a lock-free counter
 * ({@link #overloaded()}, {@link #readYourWrites()}); the registry itself is only touched at start-up and
 * when {@code /metrics} is scraped, when every meter reads the plain counters behind it.
 */
public final class GatewayMetrics implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Engine engine;
    private final CommandLatencyCollector commandLatency = new CommandLatencyCollector();
    private final HttpResponseCollector responses = new HttpResponseCollector();
    private final ErrorCodeCollector errors = new ErrorCodeCollector();
    private final WriteToVisibleCollector writeToVisible = new WriteToVisibleCollector();
    private final ReadYourWritesMetrics readYourWrites = new ReadYourWritesMetrics();
    private final LongAdder overloads = new LongAdder();
    private final JvmGcMetrics gc = new JvmGcMetrics();

    public GatewayMetrics(Engine engine) {
        this.engine = engine;
        new EngineMeters(engine).bindTo(registry);
        FunctionCounter.builder("ringtail.commands.overloaded", overloads, LongAdder::sum)
            .description("Commands refused with 503 because the ring or the loop's in-flight queue was full")
            .register(registry);
        PrometheusRegistry prometheus = registry.getPrometheusRegistry();
        prometheus.register(new CommandOutcomeCollector(engine.counters(), engine.domain()));
        prometheus.register(commandLatency);
        prometheus.register(responses);
        prometheus.register(errors);
        prometheus.register(writeToVisible);
        prometheus.register(new JournalCommitCollector(engine.counters()));
        prometheus.register(readYourWrites);
        new JvmMemoryMetrics().bindTo(registry); // heap, non-heap and the direct and mapped buffer pools
        gc.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
    }

    /**
     * Adds the per-projection series for {@code agents}; call once, when the read side starts.
     *
     * @param clock the epoch clock the projections run on (their config's), against which lag is measured
     */
    /** The HTTP connections open now and those closed for a limit (label {@code reason}). */
    public void bindConnections(ConnectionLimits limits) {
        Gauge.builder("ringtail.http.connections.open", limits, ConnectionLimits::open)
            .description("HTTP connections open now").register(registry);
        Gauge.builder("ringtail.http.connections.max", limits, ConnectionLimits::maxConnections)
            .description("HTTP connections allowed at once (--max-connections)").register(registry);
        FunctionCounter.builder("ringtail.http.connections.closed", limits, ConnectionLimits::closedOverLimit)
            .description("HTTP connections the server closed to protect other clients")
            .tag("reason", "max_connections").register(registry);
        FunctionCounter.builder("ringtail.http.connections.closed", limits, ConnectionLimits::closedSlowRequestHead)
            .description("HTTP connections the server closed to protect other clients")
            .tag("reason", "request_header_timeout").register(registry);
    }

        public void bindProjections(List<ProjectionAgent> agents, EpochNanoClock clock) {
        new ProjectionMeters(agents, engine::headSequence, clock).bindTo(registry);
        for (ProjectionAgent agent : agents) {
            writeToVisible.add(agent);
        }
    }

    /** A command latency histogram for one event loop, which alone may record into it. */
    public LatencyBuckets newLoopLatency() {
        return commandLatency.newLoop();
    }

    /** The router handler counting one event loop's responses by status class. */
    public HttpResponseCounter newLoopResponseCounter() {
        return responses.newLoop();
    }

    /** One event loop's error answers by code, sharing the server's rate-limited error log. */
    public ErrorCounts newLoopErrors() {
        return errors.newLoop();
    }

    /** Any loop: a command was refused with 503 for lack of room. */
    public void overloaded() {
        overloads.increment();
    }

    public ReadYourWritesMetrics readYourWrites() {
        return readYourWrites;
    }

    /** The Prometheus text exposition of every metric; takes a few hundred microseconds, so not on an event loop. */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public void close() {
        gc.close();
        registry.close();
    }
}
