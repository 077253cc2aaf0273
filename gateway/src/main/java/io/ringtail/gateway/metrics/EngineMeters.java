package io.ringtail.gateway.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.ringtail.engine.Engine;
import io.ringtail.engine.WriterCounters;

/**
 * The write side's gauges and counters: ring capacity, journal head and appends, writer failures. The
 * writer bumps {@link WriterCounters}; these meters only read them when Prometheus scrapes.
 */
final class EngineMeters implements MeterBinder {
    private final Engine engine;

    EngineMeters(Engine engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        WriterCounters counters = engine.counters();
        Gauge.builder("ringtail.ring.capacity", engine, Engine::ringCapacity)
            .description("Slots in the command ring").register(registry);
        Gauge.builder("ringtail.ring.remaining.capacity", engine, Engine::ringRemainingCapacity)
            .description("Free slots in the command ring; 0 means new commands get 503").register(registry);
        Gauge.builder("ringtail.journal.head.sequence", engine, Engine::headSequence)
            .description("Sequence of the last event in the journal").register(registry);
        FunctionCounter.builder("ringtail.journal.events.appended", counters, WriterCounters::eventsAppended)
            .description("Events the writer appended to the journal").register(registry);
        FunctionCounter.builder("ringtail.journal.appended.bytes", counters, WriterCounters::bytesAppended)
            .description("Bytes of events the writer appended to the journal").register(registry);
        FunctionCounter.builder("ringtail.journal.failures", counters, WriterCounters::journalFailures)
            .description("Journal appends or syncs that failed; their commands were rejected").register(registry);
        Gauge.builder("ringtail.journal.available", counters, c -> c.journalAvailable() ? 1 : 0)
            .description("0 while the journal refuses appends (disk full, unwritable) and commands get 503; 1 otherwise")
            .register(registry);
        FunctionCounter.builder("ringtail.writer.batches", counters, WriterCounters::batches)
            .description("Ring batches the writer processed (one journal commit each)").register(registry);
        FunctionCounter.builder("ringtail.writer.internal.errors", counters, WriterCounters::internalErrors)
            .description("Commands rejected because domain code threw").register(registry);
        FunctionCounter.builder("ringtail.writer.state.rebuilds", counters, WriterCounters::stateRebuilds)
            .description("Times the writer rebuilt domain state from the journal after a failure").register(registry);
    }
}
