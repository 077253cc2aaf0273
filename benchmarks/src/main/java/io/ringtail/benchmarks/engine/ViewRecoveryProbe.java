package io.ringtail.benchmarks.engine;

import io.ringtail.benchmarks.BenchmarkFiles;
import io.ringtail.engine.CommandWriter;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.projection.Projection;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.snapshot.LoadedSnapshot;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.journal.snapshot.SnapshotStore;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingEventEncoder;
import io.ringtail.trading.view.OrdersProjection;
import io.ringtail.trading.view.TradingReadSide;
import io.ringtail.trading.view.TradingViewConfig;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Read-side recovery with and without view snapshots. For each journal size it journals the place/cancel
 * workload, then starts the four trading projections on it four times: twice from the first event (no view
 * snapshots; the first run also pays for JIT compilation), with view snapshots on (one is taken at about 99% of the journal while catching up; its
 * capture pause and size are reported), and again with view snapshots on, restoring that one and tailing
 * the rest. Ready = every projection has applied the journal head (what {@code /health/ready} waits for).
 * Then, apart, the orders view holding 1,000,000 open orders: capture pause, snapshot size, write, load +
 * restore, against folding the same orders from events.
 *
 * <p>Usage: {@code ViewRecoveryProbe [EVENTS ...]} (default 1000000 10000000). Prints markdown.
 */
public final class ViewRecoveryProbe {
    private static final int RETENTION = 100_000;
    private static final ReplyListener IGNORE_REPLIES = slot -> { };
    private static final TradingViewConfig VIEWS = new TradingViewConfig(400_000, PlaceCancelWorkload.ACCOUNTS * 2, 10, 100, RETENTION);

    private ViewRecoveryProbe() {
    }

    public static void main(String[] args) throws Exception {
        List<Long> sizes = new ArrayList<>();
        for (String arg : args) {
            sizes.add(Long.parseLong(arg.replace("_", "")));
        }
        if (sizes.isEmpty()) {
            sizes = List.of(1_000_000L, 10_000_000L);
        }
        System.out.println("| events in journal | views ready from the first event ms (cold JIT / warm) | views ready from view snapshots ms "
            + "| speed-up vs warm | tail events replayed | capture pause ms (all four views) | view snapshots MB |");
        System.out.println("|---|---|---|---|---|---|---|");
        for (long events : sizes) {
            Path dir = BenchmarkFiles.freshDirectory("view-recovery");
            try {
                long head = build(dir, events);
                Path snapshots = dir.resolve("snapshots");
                ProjectionConfig none = new ProjectionConfig();
                ProjectionConfig snapshotting = new ProjectionConfig().snapshotDirectory(snapshots)
                    .snapshotPolicy(new SnapshotPolicy((long) (head * 0.99), 0, 1));
                try (Engine engine = new Engine(new EngineConfig().dataDirectory(dir).snapshotPolicy(SnapshotPolicy.disabled()),
                        PlaceCancelWorkload.domain(RETENTION), IGNORE_REPLIES)) {
                    Run cold = run(engine, head, none);
                    Run full = run(engine, head, none);
                    System.err.printf("%,d events: from the first event %.0f ms cold, %.0f ms warm%n", head, cold.millis, full.millis);
                    Run taking = run(engine, head, snapshotting);
                    System.err.printf("%,d events: taking snapshots %.0f ms%n", head, taking.millis);
                    Run restored = run(engine, head, snapshotting);
                    System.err.printf("%,d events: from view snapshots %.0f ms%n", head, restored.millis);
                    System.out.printf("| %,d | %,.0f / %,.0f | %,.0f | %.1f× | %,d | %.1f | %.1f |%n", head, cold.millis, full.millis, restored.millis,
                        full.millis / restored.millis, head - restored.restoredFrom, taking.captureNanos / 1e6,
                        directoryBytes(snapshots) / 1e6);
                }
            } finally {
                BenchmarkFiles.delete(dir);
            }
        }
        System.out.println();
        System.out.println(largeOrdersView(1_000_000));
    }

    private record Run(double millis, long restoredFrom, long captureNanos) {
    }

    /** The four projections from start to the journal head; waits for snapshot writes to finish before closing. */
    private static Run run(Engine engine, long head, ProjectionConfig config) {
        System.gc();
        TradingReadSide readSide = new TradingReadSide(PlaceCancelWorkload.INSTRUMENTS, VIEWS);
        List<ProjectionAgent> agents = new ArrayList<>();
        for (Projection projection : readSide.projections()) {
            agents.add(new ProjectionAgent(projection, engine.journal().createReader(), config));
        }
        long started = System.nanoTime();
        long restoredFrom = 0;
        long captureNanos = 0;
        try (ProjectionHost host = new ProjectionHost(config, agents)) {
            host.start();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(20);
            while (!host.allCaughtUpTo(head)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("read side did not catch up within 20 minutes");
                }
                LockSupport.parkNanos(200_000);
            }
            long caughtUp = System.nanoTime();
            for (ProjectionAgent agent : agents) {
                if (agent.snapshots() != null) {
                    while (agent.snapshots().writing()) {
                        LockSupport.parkNanos(1_000_000);
                    }
                    restoredFrom = Math.max(restoredFrom, agent.snapshots().restoredSequence());
                    captureNanos += agent.snapshots().lastCaptureNanos();
                }
            }
            return new Run((caughtUp - started) / 1e6, restoredFrom, captureNanos);
        }
    }

    private static long build(Path dir, long events) {
        PlaceCancelWorkload workload = new PlaceCancelWorkload();
        EngineConfig config = new EngineConfig().dataDirectory(dir).durability(DurabilityMode.ASYNC)
            .snapshotPolicy(SnapshotPolicy.disabled());
        try (Engine engine = new Engine(config, PlaceCancelWorkload.domain(RETENTION), IGNORE_REPLIES)) {
            int[] setup = {0};
            CommandWriter<int[]> setupWriter = (slot, i) -> workload.writeSetup(slot, i[0]);
            for (; setup[0] < PlaceCancelWorkload.ACCOUNTS * 3; setup[0]++) {
                publish(engine, setupWriter, setup);
            }
            CommandWriter<PlaceCancelWorkload> next = (slot, load) -> load.writeNext(slot);
            for (long published = setup[0]; published < events; published++) {
                publish(engine, next, workload);
            }
            while (engine.headSequence() < events) {
                LockSupport.parkNanos(1_000_000);
            }
            return engine.headSequence();
        }
    }

    /** The orders view with {@code orders} open orders: capture, write, load + restore, against folding them. */
    private static String largeOrdersView(int orders) throws Exception {
        TradingViewConfig config = new TradingViewConfig(orders + 1_000, 10_000, 10, 100, RETENTION);
        OrdersProjection projection = new OrdersProjection(config);
        OneEvent event = new OneEvent();
        UnsafeBuffer clientOrderId = new UnsafeBuffer(new byte[65]);
        long foldStarted = System.nanoTime();
        for (long id = 1; id <= orders; id++) {
            String text = "order-" + id;
            clientOrderId.putByte(0, (byte) text.length());
            clientOrderId.putStringWithoutLengthAscii(1, text);
            TradingEventEncoder.orderAccepted(event, id, 1 + id % 10_000, 0, Side.BUY, 100 + id % 50, 10, TimeInForce.GTC,
                clientOrderId, 0);
            projection.apply(event.record());
        }
        double foldMillis = (System.nanoTime() - foldStarted) / 1e6;

        int length = projection.snapshotLength();
        UnsafeBuffer staging = new UnsafeBuffer(ByteBuffer.allocateDirect(length));
        double captureMillis = Double.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            projection.captureSnapshot(staging);
            captureMillis = Math.min(captureMillis, (System.nanoTime() - started) / 1e6);
        }
        Path dir = BenchmarkFiles.freshDirectory("orders-view-snapshot");
        try {
            SnapshotStore store = new SnapshotStore(dir, 1);
            long writeStarted = System.nanoTime();
            store.write(orders, projection.snapshotFormatVersion(), staging.byteBuffer().duplicate().position(0).limit(length));
            double writeMillis = (System.nanoTime() - writeStarted) / 1e6;
            double restoreMillis = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                OrdersProjection fresh = new OrdersProjection(config);
                System.gc();
                long started = System.nanoTime();
                try (LoadedSnapshot loaded = store.loadNewest(Long.MAX_VALUE).orElseThrow()) {
                    fresh.restoreSnapshot(loaded.payload(), loaded.formatVersion());
                }
                restoreMillis = Math.min(restoreMillis, (System.nanoTime() - started) / 1e6);
            }
            return String.format("Orders view with %,d open orders: snapshot %.0f MB; capture pause (projection thread, best of 5) "
                + "%.1f ms; write + fsync %.0f ms; load (checksum) + restore, best of 3, %.0f ms; folding the same orders "
                + "from events %.0f ms.", orders, length / 1e6, captureMillis, writeMillis, restoreMillis, foldMillis);
        } finally {
            BenchmarkFiles.delete(dir);
        }
    }

    private static long directoryBytes(Path dir) throws Exception {
        try (var files = java.nio.file.Files.walk(dir)) {
            return files.filter(java.nio.file.Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static <A> void publish(Engine engine, CommandWriter<A> writer, A argument) {
        while (!engine.tryPublish(writer, argument)) {
            Thread.onSpinWait();
        }
    }

    /** Encodes one event at a time, numbered from 1, for feeding a projection directly. */
    private static final class OneEvent implements EventSink {
        private final UnsafeBuffer buffer = new UnsafeBuffer(ByteBuffer.allocateDirect(4096));
        private final EventRecord record = new EventRecord();
        private long nextSequence = 1;

        @Override
        public int claim(int typeId, int schemaVersion, int bodyLength) {
            EventRecord.writeHeader(buffer, 0, nextSequence, nextSequence, nextSequence, typeId, schemaVersion, bodyLength);
            nextSequence++;
            return EventRecord.HEADER_LENGTH;
        }

        @Override
        public MutableDirectBuffer buffer() {
            return buffer;
        }

        @Override
        public long nextSequence() {
            return nextSequence;
        }

        @Override
        public int eventCount() {
            return (int) (nextSequence - 1);
        }

        EventRecord record() {
            return record.wrap(buffer, 0);
        }
    }
}
