package io.ringtail.engine;

import io.ringtail.engine.snapshot.SnapshotCounters;
import io.ringtail.engine.counter.CounterDomain;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.journal.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Snapshot capture and recovery with the engine-level test domain. */
class EngineSnapshotTest {
    @TempDir
    Path dir;

    private final ReplyRecorder replies = new ReplyRecorder();

    private Engine start(CounterDomain domain, SnapshotPolicy policy) {
        return new Engine(new EngineConfig().dataDirectory(dir).ringSize(1024).snapshotPolicy(policy)
            .snapshotDirectory(dir.resolve("snaps")), domain, replies);
    }

    private void add(Engine engine, long counterId, long delta, long expectedVersion) throws InterruptedException {
        CommandWriter<Void> writer = (slot, unused) ->
            slot.request(CounterDomain.ADD, CounterDomain.encode(slot.payload(), counterId, delta), 1, 0, null, 0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!engine.tryPublish(writer, null)) {
            assertTrue(System.nanoTime() < deadline, "ring stayed full for 10 s");
            Thread.onSpinWait();
        }
        ReplyRecorder.Outcome outcome = replies.take();
        assertEquals(Reasons.ACCEPTED, outcome.reason());
        assertEquals(expectedVersion, outcome.version());
    }

    /** Waits until every snapshot captured so far was written or failed, so which exist is independent of timing. */
    private static void awaitSnapshotsSettled(Engine engine) throws InterruptedException {
        SnapshotCounters counters = engine.snapshotCounters();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (counters.written() + counters.failed() < counters.captures()) {
            assertTrue(System.nanoTime() < deadline, "snapshot not settled within 30 s");
            Thread.sleep(1);
        }
    }

    @Test
    void shouldCarryOnCommandingWhenSnapshotFilesCannotBeWritten() throws Exception {
        try (Engine engine = start(new CounterDomain(), new SnapshotPolicy(10, 0, 2))) {
            // Where the snapshots should go is now a plain file: every write fails.
            Path snaps = dir.resolve("snaps");
            Files.delete(snaps);
            Files.writeString(snaps, "not a directory");
            for (int i = 1; i <= 100; i++) {
                add(engine, 1, 1, i);
                awaitSnapshotsSettled(engine);
            }
            // The capture after a batch follows its replies: one more command makes sure the 100th was captured.
            add(engine, 1, 1, 101);
            awaitSnapshotsSettled(engine);
            assertEquals(10, engine.snapshotCounters().failed());
            assertEquals(0, engine.snapshotCounters().written());
            assertTrue(engine.writerAlive());
        }
    }

    @Test
    void shouldReplayEverythingWhenTheDomainCannotRestoreAnySnapshot() throws Exception {
        CounterDomain live = new CounterDomain();
        try (Engine engine = start(live, new SnapshotPolicy(10, 0, 3))) {
            for (int i = 1; i <= 95; i++) {
                add(engine, i % 7, i, i);
                awaitSnapshotsSettled(engine);
            }
            assertEquals(9, engine.snapshotCounters().written());
            assertEquals(90, engine.snapshotCounters().lastSequence());
        }
        assertEquals(3, new SnapshotStore(dir.resolve("snaps"), 3).files().size());

        CounterDomain restored = new CounterDomain();
        try (Engine engine = start(restored, SnapshotPolicy.disabled())) {
            assertTrue(engine.recovery().fromSnapshot());
            assertEquals(90, engine.recovery().snapshotSequence());
            assertEquals(5, engine.recovery().events());
        }
        assertEquals(live.stateHash(), restored.stateHash());

        CounterDomain refusing = new CounterDomain();
        refusing.failRestores(true);
        try (Engine engine = start(refusing, SnapshotPolicy.disabled())) {
            assertFalse(engine.recovery().fromSnapshot());
            assertEquals(3, engine.recovery().snapshotsRejected());
            assertEquals(95, engine.recovery().events());
        }
        assertEquals(live.stateHash(), refusing.stateHash());
    }

    @Test
    void shouldTakeSnapshotsByTime() throws Exception {
        try (Engine engine = start(new CounterDomain(), new SnapshotPolicy(0, 1, 2))) {
            add(engine, 1, 1, 1);
            Thread.sleep(5);
            add(engine, 1, 1, 2);
            // The capture after a batch follows its replies: the next command makes sure batch 2 was considered.
            add(engine, 1, 1, 3);
            awaitSnapshotsSettled(engine);
            // Batch 2 came 5 ms after the last snapshot or the start: it was captured, or skipped because the
            // capture of batch 1 was still being written; either way a file was written.
            long written = engine.snapshotCounters().written();
            assertTrue(written >= 1, "a snapshot once a millisecond had passed: " + written);
            assertEquals(Math.min(written, 2), new SnapshotStore(dir.resolve("snaps"), 2).files().size());
        }
    }

    @Test
    void shouldTakeNoSnapshotsWhenDisabled() throws IOException, InterruptedException {
        try (Engine engine = start(new CounterDomain(), SnapshotPolicy.disabled())) {
            for (int i = 1; i <= 20; i++) {
                add(engine, 1, 1, i);
            }
        }
        try (var files = Files.list(dir.resolve("snaps"))) {
            assertEquals(0, files.count());
        }
    }
}
