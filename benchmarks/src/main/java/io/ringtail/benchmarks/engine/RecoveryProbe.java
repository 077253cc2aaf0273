package io.ringtail.benchmarks.engine;

import io.ringtail.benchmarks.BenchmarkFiles;
import io.ringtail.engine.CommandWriter;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.projection.Projection;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.trading.view.TradingReadSide;
import io.ringtail.trading.view.TradingViewConfig;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * Time to ready after a restart, the way the server becomes ready: the engine recovers (its constructor
 * returns), then the four trading projections start on the journal and ready is when every one of them has
 * applied the journal head seen at start (what {@code /health/ready} waits for). For each journal size it
 * runs the place/cancel workload (ASYNC, in process) with the read side tailing it live, both snapshotting
 * once at about 99% of the journal into {@code <data dir>/snapshots} as a running server would (state in
 * {@code state}, views in {@code view-<name>}). Then it restarts twice on that data directory: with the
 * snapshots hidden (full replay of the state and of every view from the first event) and with them (state
 * and views restored, each tailing the last 1%). The build has already compiled the hot paths, so both
 * restarts run warm.
 *
 * <p>Usage: {@code RecoveryProbe [EVENTS ...]} (default 1000000 10000000). Prints markdown.
 */
public final class RecoveryProbe {
    private static final int RETENTION = 100_000;
    private static final double SNAPSHOT_AT = 0.99;
    private static final ReplyListener IGNORE_REPLIES = slot -> { };
    /** Bounded like the server's views: open orders plus the retained finished ones, not the whole journal. */
    private static final TradingViewConfig VIEWS = new TradingViewConfig(400_000, PlaceCancelWorkload.ACCOUNTS * 2, 10, 100,
        RETENTION);
    private static final long BUILD_TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(10);
    private static final long READY_TIMEOUT_NANOS = TimeUnit.MINUTES.toNanos(10);

    private RecoveryProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Long.parseLong(arg.replace("_", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000_000L, 10_000_000L);
        }
        System.out.print(tables(sizes));
        System.out.println(LargeStateCapture.measure());
        System.out.println();
        System.out.println(LargeOrdersViewCapture.measure(1_000_000));
    }

    /** The time-to-ready and snapshot tables, as markdown, for journals of the given sizes. */
    static String tables(List<Long> sizes) {
        List<String> rows = new ArrayList<>();
        List<String> captures = new ArrayList<>();
        for (long events : sizes) {
            Path dir = BenchmarkFiles.freshDirectory("recovery");
            try {
                long started = System.nanoTime();
                Built built = build(dir, events);
                System.err.printf("built %,d events with snapshots in %.1f s%n", built.head, (System.nanoTime() - started) / 1e9);
                captures.add(String.format("| %,d | %,d | %.1f | %.1f | %.0f | %,d | %.1f | %.1f |", built.head,
                    built.stateSequence, built.stateBytes / 1e6, built.stateCaptureNanos / 1e6, built.stateWriteNanos / 1e6,
                    built.viewSequence, built.viewBytes / 1e6, built.viewCaptureNanos / 1e6));
                Path snapshots = dir.resolve("snapshots");
                Path hidden = dir.resolve("hidden-snapshots");
                move(snapshots, hidden);
                Ready full = restart(dir, built.head);
                System.err.printf("full replay: %s%n", full);
                // Like a server whose snapshots were deleted, the replay took its own at 99%: not the ones to restore.
                BenchmarkFiles.delete(snapshots);
                move(hidden, snapshots);
                Ready snap = restart(dir, built.head);
                System.err.printf("from snapshots: %s%n", snap);
                if (full.engine.fromSnapshot() || full.viewsRestoredFrom != 0) {
                    throw new IllegalStateException("the full replay found a snapshot: " + full);
                }
                if (snap.engine.snapshotSequence() != built.stateSequence || snap.viewsRestoredFrom != built.viewSequence) {
                    throw new IllegalStateException("recovery did not use the snapshots taken: " + snap + " / " + built);
                }
                rows.add(String.format("| %,d | %.0f | %,.0f | %,.0f | **%,.0f** | %,.0f (%,d tail events) | %,.0f (%,d tail events) "
                        + "| **%,.0f** | **%.1f×** |",
                    built.head, built.journalBytes / 1e6, full.engineMillis, full.readSideMillis, full.totalMillis(),
                    snap.engineMillis, snap.engine.events(), snap.readSideMillis, built.head - snap.viewsRestoredFrom,
                    snap.totalMillis(), full.totalMillis() / snap.totalMillis()));
            } finally {
                BenchmarkFiles.delete(dir);
            }
        }
        StringBuilder md = new StringBuilder();
        md.append("| events in journal | events MB | no snapshot: engine ready ms | then read side caught up ms "
            + "| **no snapshot: total ready ms** | with snapshots: engine ready ms | then read side caught up ms "
            + "| **with snapshots: total ready ms** | **speed-up** |\n");
        md.append("|---|---|---|---|---|---|---|---|---|\n");
        rows.forEach(row -> md.append(row).append('\n'));
        md.append("\nThe snapshots those restarts used: capture pause (the writer's, and the four projection threads' summed)"
            + " and write (background thread):\n\n");
        md.append("| events in journal | state snapshot at sequence | state MB | state capture pause ms | state write + fsync ms "
            + "| view snapshots at sequence | view snapshots MB (all four) | view capture pauses ms (sum of four) |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        captures.forEach(row -> md.append(row).append('\n'));
        return md.toString();
    }

    private record Built(long head, long journalBytes, long stateSequence, long stateBytes, long stateCaptureNanos,
                         long stateWriteNanos, long viewSequence, long viewBytes, long viewCaptureNanos) {
    }

    /** One restart: engine ready, then the read side caught up with the head; the views' restored sequence. */
    private record Ready(RecoveryReport engine, double engineMillis, double readSideMillis, long viewsRestoredFrom) {
        double totalMillis() {
            return engineMillis + readSideMillis;
        }

        @Override
        public String toString() {
            return String.format("engine %.0f ms (%s), read side %.0f ms (views restored from %,d), total %.0f ms",
                engineMillis, engine, readSideMillis, viewsRestoredFrom, totalMillis());
        }
    }

    /** The server's snapshot settings for a journal of {@code events}: one of each at ~99% of it. */
    private static SnapshotPolicy policy(long events) {
        return new SnapshotPolicy((long) (events * SNAPSHOT_AT), 0, 1);
    }

    /** The server's view settings: snapshots under {@code <data dir>/snapshots}, next to the state's. */
    private static ProjectionConfig projectionConfig(Path dir, long events) {
        return new ProjectionConfig().snapshotPolicy(policy(events)).snapshotDirectory(dir.resolve("snapshots"));
    }

    /** Journals {@code events} events of setup plus place/cancel with the read side live; both snapshot once. */
    private static Built build(Path dir, long events) {
        PlaceCancelWorkload workload = new PlaceCancelWorkload();
        EngineConfig config = new EngineConfig().dataDirectory(dir).durability(DurabilityMode.ASYNC).snapshotPolicy(policy(events));
        try (Engine engine = new Engine(config, PlaceCancelWorkload.domain(RETENTION), IGNORE_REPLIES);
             ProjectionHost host = startReadSide(engine, projectionConfig(dir, events))) {
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
            long deadline = System.nanoTime() + BUILD_TIMEOUT_NANOS;
            while (!(engine.headSequence() == events && engine.snapshotCounters().written() == 1 && host.allCaughtUpTo(events)
                    && viewSnapshotsDone(host)) && System.nanoTime() < deadline) {
                LockSupport.parkNanos(1_000_000);
            }
            if (engine.headSequence() != events || engine.snapshotCounters().written() != 1 || !host.allCaughtUpTo(events)
                    || !viewSnapshotsDone(host)) {
                throw new IllegalStateException("journal at " + engine.headSequence() + " of " + events + " events with "
                    + engine.snapshotCounters().written() + " state snapshots written; views caught up "
                    + host.allCaughtUpTo(events) + ", view snapshots done " + viewSnapshotsDone(host));
            }
            long viewSequence = -1;
            long viewCaptureNanos = 0;
            for (ProjectionAgent agent : host.agents()) {
                long sequence = agent.snapshots().lastWrittenSequence();
                if (viewSequence != -1 && sequence != viewSequence) {
                    // Each view snapshots at its own batch boundary; the table shows the earliest.
                    System.err.printf("view '%s' snapshot at %,d%n", agent.name(), sequence);
                }
                viewSequence = viewSequence == -1 ? sequence : Math.min(viewSequence, sequence);
                viewCaptureNanos += agent.snapshots().lastCaptureNanos();
            }
            return new Built(engine.headSequence(), engine.counters().bytesAppended(), engine.snapshotCounters().lastSequence(),
                engine.snapshotCounters().lastBytes(), engine.snapshotCounters().lastCaptureNanos(),
                engine.snapshotCounters().lastWriteNanos(), viewSequence, viewBytes(dir.resolve("snapshots")), viewCaptureNanos);
        }
    }

    /** Every projection has written exactly one snapshot and none is still writing. */
    private static boolean viewSnapshotsDone(ProjectionHost host) {
        for (ProjectionAgent agent : host.agents()) {
            if (agent.snapshots() == null || agent.snapshots().written() != 1 || agent.snapshots().writing()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Starts like the server: the engine recovers, then the read side starts and ready is every projection at
     * the head the engine had at that point. Whatever snapshots lie in {@code <data dir>/snapshots} are used.
     */
    private static Ready restart(Path dir, long head) {
        System.gc();
        long started = System.nanoTime();
        EngineConfig config = new EngineConfig().dataDirectory(dir).snapshotPolicy(policy(head));
        try (Engine engine = new Engine(config, PlaceCancelWorkload.domain(RETENTION), IGNORE_REPLIES)) {
            long engineReady = System.nanoTime();
            long headAtStart = engine.headSequence();
            if (engine.recovery().lastSequence() != head || headAtStart != head) {
                throw new IllegalStateException("recovered to " + engine.recovery().lastSequence() + ", journal head " + head);
            }
            try (ProjectionHost host = startReadSide(engine, projectionConfig(dir, head))) {
                long deadline = System.nanoTime() + READY_TIMEOUT_NANOS;
                while (!host.allCaughtUpTo(headAtStart)) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("read side did not catch up within 10 minutes");
                    }
                    LockSupport.parkNanos(200_000);
                }
                long ready = System.nanoTime();
                long restoredFrom = Long.MAX_VALUE;
                for (ProjectionAgent agent : host.agents()) {
                    restoredFrom = Math.min(restoredFrom, agent.snapshots().restoredSequence());
                }
                return new Ready(engine.recovery(), (engineReady - started) / 1e6, (ready - engineReady) / 1e6, restoredFrom);
            }
        }
    }

    /** The four trading projections on their own journal readers, started (what the gateway's ReadSide does). */
    private static ProjectionHost startReadSide(Engine engine, ProjectionConfig config) {
        TradingReadSide readSide = new TradingReadSide(PlaceCancelWorkload.INSTRUMENTS, VIEWS);
        List<ProjectionAgent> agents = new ArrayList<>();
        for (Projection projection : readSide.projections()) {
            agents.add(new ProjectionAgent(projection, engine.journal().createReader(), config));
        }
        ProjectionHost host = new ProjectionHost(config, agents);
        host.start();
        return host;
    }

    /** Bytes of the view snapshots (every {@code view-*} folder) under the snapshot root. */
    private static long viewBytes(Path snapshots) {
        try (Stream<Path> files = Files.walk(snapshots)) {
            return files.filter(Files::isRegularFile)
                .filter(file -> snapshots.relativize(file).getName(0).toString().startsWith("view-"))
                .mapToLong(file -> file.toFile().length()).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void move(Path from, Path to) {
        try {
            Files.move(from, to);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <A> void publish(Engine engine, CommandWriter<A> writer, A argument) {
        while (!engine.tryPublish(writer, argument)) {
            Thread.onSpinWait();
        }
    }
}
