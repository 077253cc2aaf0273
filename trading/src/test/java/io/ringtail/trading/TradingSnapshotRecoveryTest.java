package io.ringtail.trading;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.CommandWriter;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.snapshot.LoadedSnapshot;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.journal.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Recovery from a state snapshot plus the journal tail, through the real engine and Chronicle journal: the
 * state equals a full replay of the same journal, damaged or unusable snapshots are passed over for older
 * ones or a full replay, and a snapshot ahead of the journal is never used.
 */
class TradingSnapshotRecoveryTest {
    private static final SnapshotPolicy EVERY_600_EVENTS = new SnapshotPolicy(600, 0, 3);
    private static final int COMMANDS_WITH_SNAPSHOTS = 6_000;
    private static final int TAIL_COMMANDS = 800;

    @TempDir
    Path dir;

    private final BlockingQueue<ModelReply> replies = new ArrayBlockingQueue<>(16);
    private final ReplyListener recorder = new ReplyListener() {
        @Override
        public void onReply(CommandSlot slot) {
            replies.add(ModelReply.of(slot));
        }
    };
    private TradingStateDump before;
    private long lastVersion;
    /** Snapshots taken by a replica domain on its own thread instead of by the writer. */
    private boolean replicaSnapshots;

    private Engine start(SnapshotPolicy policy, TradingDomain domain) {
        return new Engine(new EngineConfig().dataDirectory(dir).durability(DurabilityMode.ASYNC).ringSize(1024)
            .snapshotPolicy(policy), domain, replicaSnapshots ? newDomain() : null, recorder);
    }

    private static TradingDomain newDomain() {
        return new TradingDomain(TradingHarness.INSTRUMENTS, TradingHarness.smallLimits());
    }

    private SnapshotStore store() {
        return new SnapshotStore(dir.resolve("snapshots").resolve("state"), EVERY_600_EVENTS.keep());
    }

    /** Commands while snapshots are taken, then a tail with snapshots off, so the newest snapshot is behind the head. */
    private void buildJournal() throws InterruptedException {
        ReferenceTradingModel model = new ReferenceTradingModel(TradingHarness.INSTRUMENTS, TradingHarness.smallLimits());
        RandomCommandGenerator generator = new RandomCommandGenerator(2024, model::ownerOf, model::nextOrderId);
        TradingDomain live = newDomain();
        try (Engine engine = start(EVERY_600_EVENTS, live)) {
            for (int i = 0; i < COMMANDS_WITH_SNAPSHOTS; i++) {
                TradingCommand command = generator.next();
                assertEquals(model.apply(command).reason(), send(engine, command).reason());
                awaitSnapshotWritten(engine);
            }
            if (replicaSnapshots) {
                awaitReplicaNear(engine, engine.headSequence() - 2 * EVERY_600_EVENTS.everyEvents());
                assertTrue(threadNamed("ringtail-snapshot-replica"), "snapshots come from the replica thread");
                assertFalse(threadNamed("ringtail-snapshot"), "and not from the writer's snapshot thread");
            }
            assertEquals(0, engine.snapshotCounters().skipped());
            assertEquals(0, engine.snapshotCounters().failed());
            assertTrue(engine.snapshotCounters().written() > EVERY_600_EVENTS.keep(), "snapshots written: "
                + engine.snapshotCounters().written() + " over " + engine.headSequence() + " events");
        }
        try (Engine engine = start(SnapshotPolicy.disabled(), live)) {
            for (int i = 0; i < TAIL_COMMANDS; i++) {
                TradingCommand command = generator.next();
                assertEquals(model.apply(command).reason(), send(engine, command).reason());
            }
            lastVersion = engine.headSequence();
        }
        before = live.dump();
        assertEquals(model.dump(), before);
        assertEquals(EVERY_600_EVENTS.keep(), store().files().size(), "snapshots taken and pruned to keep");
    }

    /** Restarts on the journal, checks the recovered state and that the next command gets the next sequence. */
    private RecoveryReport restartAndCheck() throws InterruptedException {
        TradingDomain recovered = newDomain();
        try (Engine engine = start(SnapshotPolicy.disabled(), recovered)) {
            RecoveryReport report = engine.recovery();
            assertEquals(lastVersion, report.lastSequence());
            assertEquals(before.hash(), recovered.stateHash());
            assertEquals(before, recovered.dump(), "field by field");
            long existing = before.accounts().get(0).accountId();
            ModelReply next = send(engine, TradingCommand.cash(TradingCommandType.DEPOSIT_CASH, existing, 5));
            assertEquals(Reasons.ACCEPTED, next.reason());
            assertEquals(lastVersion + 1, next.version(), "the next command gets the next sequence");
            lastVersion++;
            before = recovered.dump();
            return report;
        }
    }

    @Test
    void shouldRecoverFromNewestSnapshotPlusTailAsAFullReplayWould() throws Exception {
        buildJournal();
        long newest = sequenceOf(store().files().get(0));

        RecoveryReport report = restartAndCheck();

        assertTrue(report.fromSnapshot(), "recovered from a snapshot");
        assertEquals(newest, report.snapshotSequence());
        assertEquals(lastVersion - 1 - newest, report.events(), "only the tail after the snapshot is replayed");
        assertTrue(report.events() >= TAIL_COMMANDS / 4, "a real tail: " + report.events());

        // The same journal replayed in full (no snapshots where this engine looks) gives the same state.
        TradingDomain replayed = newDomain();
        try (Engine engine = new Engine(new EngineConfig().dataDirectory(dir).snapshotDirectory(dir.resolve("none"))
            .snapshotPolicy(SnapshotPolicy.disabled()), replayed, recorder)) {
            assertFalse(engine.recovery().fromSnapshot());
            assertEquals(lastVersion, engine.recovery().events());
        }
        assertEquals(before, replayed.dump());
    }

    @Test
    void shouldRecoverFromSnapshotsTheReplicaTookAsFromTheWritersOwn() throws Exception {
        replicaSnapshots = true;
        buildJournal();
        long newest = sequenceOf(store().files().get(0));

        RecoveryReport report = restartAndCheck();

        assertTrue(report.fromSnapshot(), "recovered from a replica snapshot");
        assertEquals(newest, report.snapshotSequence());
        assertEquals(lastVersion - 1 - newest, report.events(), "only the tail after the snapshot is replayed");
    }

    @Test
    void shouldFallBackToThePreviousSnapshotWhenTheNewestIsCorrupt() throws Exception {
        buildJournal();
        List<Path> files = store().files();
        flipByte(files.get(0), Files.size(files.get(0)) / 2);

        RecoveryReport report = restartAndCheck();

        assertEquals(sequenceOf(files.get(1)), report.snapshotSequence());
        assertEquals(files.get(1), report.snapshotFile());
    }

    @Test
    void shouldReplayTheWholeJournalWhenEverySnapshotIsCorrupt() throws Exception {
        buildJournal();
        for (Path file : store().files()) {
            flipByte(file, Files.size(file) - 1);
        }

        RecoveryReport report = restartAndCheck();

        assertFalse(report.fromSnapshot());
        assertNull(report.snapshotFile());
        assertEquals(lastVersion - 1, report.events());
    }

    @Test
    void shouldIgnoreSnapshotAheadOfTheJournalAndPassOverOneThatCannotBeRestored() throws Exception {
        buildJournal();
        SnapshotStore store = new SnapshotStore(store().directory(), 10);
        long newest = sequenceOf(store.files().get(0));
        ByteBuffer payload;
        try (LoadedSnapshot loaded = store.loadNewest(Long.MAX_VALUE).orElseThrow()) {
            payload = ByteBuffer.allocate(loaded.payload().capacity());
            loaded.payload().getBytes(0, payload, payload.capacity());
        }
        // A power loss can cost the journal its unsynced tail while a snapshot of it already reached disk.
        store.write(lastVersion + 50, TradingSnapshotCodec.FORMAT_VERSION, ByteBuffer.allocate(0));
        // A well-formed file the domain refuses: a layout version it does not know.
        store.write(lastVersion, TradingSnapshotCodec.FORMAT_VERSION + 1, payload);

        RecoveryReport report = restartAndCheck();

        assertEquals(newest, report.snapshotSequence());
        assertEquals(1, report.snapshotsRejected());
    }

    /** Snapshots are written in the background; waiting for each keeps which ones exist independent of timing. */
    private static void awaitSnapshotWritten(Engine engine) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (engine.snapshotCounters().written() + engine.snapshotCounters().failed() < engine.snapshotCounters().captures()) {
            assertTrue(System.nanoTime() < deadline, "snapshot not written within 30 s");
            Thread.sleep(1);
        }
    }

    /** The replica folds the journal behind the writer: waits until it wrote a snapshot at or after {@code sequence}. */
    private static void awaitReplicaNear(Engine engine, long sequence) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (engine.snapshotCounters().lastSequence() < sequence) {
            assertTrue(System.nanoTime() < deadline, "replica snapshot at " + engine.snapshotCounters().lastSequence()
                + ", not yet near " + sequence);
            Thread.sleep(1);
        }
    }

    private static boolean threadNamed(String name) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.isAlive() && t.getName().equals(name));
    }

    private ModelReply send(Engine engine, TradingCommand command) throws InterruptedException {
        CommandWriter<TradingCommand> writer = (slot, c) -> slot.request(c.type(), c.encode(slot.payload()),
            System.nanoTime(), 0, null, 0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!engine.tryPublish(writer, command)) {
            assertTrue(System.nanoTime() < deadline, "ring stayed full");
            Thread.onSpinWait();
        }
        ModelReply reply = replies.poll(10, TimeUnit.SECONDS);
        assertNotNull(reply, "no reply within 10 s");
        return reply;
    }

    private static long sequenceOf(Path snapshot) {
        String name = snapshot.getFileName().toString();
        return Long.parseLong(name.substring("snapshot-".length(), name.indexOf('.')));
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0x21);
        }
    }
}
