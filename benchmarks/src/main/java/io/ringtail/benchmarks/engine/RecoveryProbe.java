package io.ringtail.benchmarks.engine;

import io.ringtail.benchmarks.BenchmarkFiles;
import io.ringtail.engine.CommandWriter;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.RecoveryReport;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.projection.Projection;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.trading.view.TradingReadSide;
import io.ringtail.trading.view.TradingViewConfig;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Time to become ready after a restart, with and without a state snapshot. For each journal size it builds
 * a journal of the place/cancel workload (ASYNC, in process) with one snapshot taken at about 99% of it,
 * then starts the engine on it twice: once with no snapshot to be found (a full replay) and once with the
 * snapshot (restore plus the last 1% of the journal). Engine ready = the {@link Engine} constructor
 * returned (journal opened, state recovered, writer running). The read side is reported apart: the views
 * are rebuilt from the start of the journal in both cases, so it is the time from engine ready until every
 * projection has applied the head.
 *
 * <p>Usage: {@code RecoveryProbe [EVENTS ...]} (default 1000000 10000000). Prints markdown.
 */
public final class RecoveryProbe {
    private static final int RETENTION = 100_000;
    private static final double SNAPSHOT_AT = 0.99;
    private static final ReplyListener IGNORE_REPLIES = slot -> { };

    private RecoveryProbe() {
    }

    public static void main(String[] args) {
        List<Long> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Long.parseLong(arg.replace("_", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000_000L, 10_000_000L);
        }
        List<String> rows = new ArrayList<>();
        List<String> captures = new ArrayList<>();
        for (long events : sizes) {
            Path dir = BenchmarkFiles.freshDirectory("recovery");
            try {
                long started = System.nanoTime();
                Built built = build(dir, events);
                System.err.printf("built %,d events in %.1f s%n", built.head, (System.nanoTime() - started) / 1e9);
                captures.add(String.format("| %,d | %,d | %.1f | %.1f | %.0f |", built.head, built.snapshotSequence,
                    built.snapshotBytes / 1e6, built.captureNanos / 1e6, built.writeNanos / 1e6));
                Measured full = measure(dir, built.head, dir.resolve("no-snapshots"));
                System.err.printf("full replay: engine %.0f ms, read side %.0f ms%n", full.engineMillis, full.readSideMillis);
                Measured snap = measure(dir, built.head, null);
                System.err.printf("from snapshot: engine %.0f ms, read side %.0f ms%n", snap.engineMillis, snap.readSideMillis);
                if (snap.report.snapshotSequence() != built.snapshotSequence || full.report.fromSnapshot()) {
                    throw new IllegalStateException("recovery did not use the expected snapshot: " + snap.report + " / " + full.report);
                }
                rows.add(String.format("| %,d | %.0f | %,.0f (open %,.0f) | %,.0f (open %,.0f, %,d tail events) | %.1f× | %,.0f | %,.0f |",
                    built.head, built.journalBytes / 1e6, full.engineMillis, full.openMillis(), snap.engineMillis,
                    snap.openMillis(), snap.report.events(), full.engineMillis / snap.engineMillis, full.readSideMillis,
                    snap.readSideMillis));
            } finally {
                BenchmarkFiles.delete(dir);
            }
        }
        System.out.println("| events in journal | events MB | engine ready, full replay ms | engine ready, from snapshot ms "
            + "| speed-up | read side caught up after engine ready, full replay ms | same, from snapshot ms |");
        System.out.println("|---|---|---|---|---|---|---|");
        rows.forEach(System.out::println);
        System.out.println();
        System.out.println("Snapshot capture (writer thread pause) and write (snapshot thread) for those states:");
        System.out.println();
        System.out.println("| events in journal | snapshot at sequence | snapshot MB | capture pause ms | write + fsync ms |");
        System.out.println("|---|---|---|---|---|");
        captures.forEach(System.out::println);
        System.out.println(LargeStateCapture.measure());
    }

    private record Built(long head, long journalBytes, long snapshotSequence, long snapshotBytes, long captureNanos,
                         long writeNanos) {
    }

    private record Measured(RecoveryReport report, double engineMillis, double readSideMillis) {
        /** Engine start minus restore and replay: mostly opening the journal (and checking its tail). */
        double openMillis() {
            return engineMillis - report.nanos() / 1e6;
        }
    }

    /** Journals about {@code events} events of setup plus place/cancel, with one snapshot at ~99% of them. */
    private static Built build(Path dir, long events) {
        PlaceCancelWorkload workload = new PlaceCancelWorkload();
        long snapshotEvery = (long) (events * SNAPSHOT_AT);
        EngineConfig config = new EngineConfig().dataDirectory(dir).durability(DurabilityMode.ASYNC)
            .snapshotPolicy(new SnapshotPolicy(snapshotEvery, 0, 1));
        try (Engine engine = new Engine(config, PlaceCancelWorkload.domain(RETENTION), IGNORE_REPLIES)) {
            int[] setup = {0};
            CommandWriter<int[]> setupWriter = (slot, i) -> workload.writeSetup(slot, i[0]);
            for (; setup[0] < PlaceCancelWorkload.ACCOUNTS * 3; setup[0]++) {
                publish(engine, setupWriter, setup);
            }
            // Every command of the workload is accepted and emits exactly one event.
            CommandWriter<PlaceCancelWorkload> next = (slot, load) -> load.writeNext(slot);
            for (long published = setup[0]; published < events; published++) {
                publish(engine, next, workload);
            }
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
            while ((engine.headSequence() < events || engine.snapshotCounters().written() < 1) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            if (engine.headSequence() != events || engine.snapshotCounters().written() != 1) {
                throw new IllegalStateException("journal at " + engine.headSequence() + " of " + events + " events with "
                    + engine.snapshotCounters().written() + " snapshots written");
            }
            return new Built(engine.headSequence(), engine.counters().bytesAppended(), engine.snapshotCounters().lastSequence(),
                engine.snapshotCounters().lastBytes(), engine.snapshotCounters().lastCaptureNanos(),
                engine.snapshotCounters().lastWriteNanos());
        }
    }

    /** Starts the engine on the journal, then the read side from zero; {@code snapshots} null = the engine's own. */
    private static Measured measure(Path dir, long head, Path snapshots) {
        System.gc();
        EngineConfig config = new EngineConfig().dataDirectory(dir).snapshotPolicy(SnapshotPolicy.disabled());
        if (snapshots != null) {
            config.snapshotDirectory(snapshots);
        }
        long started = System.nanoTime();
        try (Engine engine = new Engine(config, PlaceCancelWorkload.domain(RETENTION), IGNORE_REPLIES)) {
            long ready = System.nanoTime();
            if (engine.recovery().lastSequence() != head) {
                throw new IllegalStateException("recovered to " + engine.recovery().lastSequence() + ", journal head " + head);
            }
            TradingViewConfig views = new TradingViewConfig((int) Math.min(Integer.MAX_VALUE - 8, head / 2 + 100_000),
                PlaceCancelWorkload.ACCOUNTS * 2, 10, 100);
            TradingReadSide readSide = new TradingReadSide(PlaceCancelWorkload.INSTRUMENTS, views);
            ProjectionConfig projections = new ProjectionConfig().conclude();
            List<ProjectionAgent> agents = new ArrayList<>();
            for (Projection projection : readSide.projections()) {
                agents.add(new ProjectionAgent(projection, engine.journal().createReader(), projections));
            }
            long viewsStarted = System.nanoTime();
            try (ProjectionHost host = new ProjectionHost(projections, agents)) {
                host.start();
                long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
                while (!host.allCaughtUpTo(head)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("read side did not catch up within 10 minutes");
                    }
                    LockSupport.parkNanos(1_000_000);
                }
            }
            long caughtUp = System.nanoTime();
            return new Measured(engine.recovery(), (ready - started) / 1e6, (caughtUp - viewsStarted) / 1e6);
        }
    }

    private static <A> void publish(Engine engine, CommandWriter<A> writer, A argument) {
        while (!engine.tryPublish(writer, argument)) {
            Thread.onSpinWait();
        }
    }
}
