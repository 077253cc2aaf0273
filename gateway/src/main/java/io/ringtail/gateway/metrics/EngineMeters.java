package io.ringtail.gateway.metrics;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.FunctionTimer;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.ringtail.engine.Engine;
import io.ringtail.engine.snapshot.SnapshotCounters;
import io.ringtail.engine.WriterCounters;

import java.util.concurrent.TimeUnit;

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
        bindSnapshots(registry, engine.snapshotCounters());
    }

    private static void bindSnapshots(MeterRegistry registry, SnapshotCounters snapshots) {
        FunctionCounter.builder("ringtail.snapshots.written", snapshots, SnapshotCounters::written)
            .description("State snapshots written to disk").register(registry);
        FunctionCounter.builder("ringtail.snapshots.skipped", snapshots, SnapshotCounters::skipped)
            .description("State snapshots not taken because the previous one was still being written").register(registry);
        FunctionCounter.builder("ringtail.snapshots.failed", snapshots, SnapshotCounters::failed)
            .description("State snapshots that could not be captured or written; the engine carried on").register(registry);
        Gauge.builder("ringtail.snapshot.last.sequence", snapshots, SnapshotCounters::lastSequence)
            .description("Sequence of the newest state snapshot written by this process; 0 when none").register(registry);
        Gauge.builder("ringtail.snapshot.last.size", snapshots, SnapshotCounters::lastBytes).baseUnit("bytes")
            .description("Payload size of the last captured state snapshot").register(registry);
        FunctionTimer.builder("ringtail.snapshot.capture", snapshots, SnapshotCounters::captures,
                SnapshotCounters::captureNanos, TimeUnit.NANOSECONDS)
            .description("Time to serialize the state for a snapshot: on the replica thread (snapshot-capture=replica), or a pause of the writer thread (writer)").register(registry);
        FunctionTimer.builder("ringtail.snapshot.write", snapshots, SnapshotCounters::written,
                SnapshotCounters::writeNanos, TimeUnit.NANOSECONDS)
            .description("Time the snapshot thread took to write and force a snapshot file").register(registry);
    }
}
