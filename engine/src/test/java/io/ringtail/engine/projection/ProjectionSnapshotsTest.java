package io.ringtail.engine.projection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.journal.snapshot.SnapshotStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** View snapshots in the projection runtime: taken when due, restored at start, bad ones passed over. */
class ProjectionSnapshotsTest {
    private final ManualClock clock = new ManualClock(1_000_000_000L);

    @TempDir
    Path directory;

    private ProjectionConfig config() {
        return new ProjectionConfig().batchEntries(2).epochClock(clock).nanoClock(clock)
            .snapshotPolicy(new SnapshotPolicy(4, 0, 3)).snapshotDirectory(directory);
    }

    private static ListEventSource events(int count) {
        ListEventSource source = new ListEventSource();
        for (long sequence = 1; sequence <= count; sequence++) {
            source.add(sequence, 0, sequence % 3, sequence * 10);
        }
        return source;
    }

    @Test
    void shouldSnapshotWhenDueThenRestoreTheNewestAndReplayOnlyTheTail() throws Exception {
        SumsProjection first = new SumsProjection("sums", false);
        ProjectionAgent writer = new ProjectionAgent(first, events(10), config());
        drain(writer);
        writer.onClose();
        assertEquals(List.of(8L, 4L), snapshotSequences(), "a snapshot every 4 events, at batch ends");
        assertEquals(2, writer.snapshots().written());

        SumsProjection restored = new SumsProjection("sums", false);
        ProjectionAgent reader = new ProjectionAgent(restored, events(12), config());
        reader.doWork();
        assertEquals(8, reader.snapshots().restoredSequence());
        drain(reader);
        reader.onClose();
        assertEquals(12, reader.watermark());
        assertEquals(4, reader.eventsApplied(), "only the events after the snapshot were replayed");
        assertEquals(fullReplay(12), restored.snapshot());
        assertEquals(ProjectionState.RUNNING, reader.state());
    }

    @Test
    void shouldPassOverACorruptAndARefusedSnapshotToAnOlderOne() throws Exception {
        ProjectionAgent writer = new ProjectionAgent(new SumsProjection("sums", false), events(10), config());
        drain(writer);
        writer.onClose();
        Path newest = directory.resolve("view-sums").resolve(fileOf(8));
        try (RandomAccessFile file = new RandomAccessFile(newest.toFile(), "rw")) {
            file.seek(file.length() - 3);
            file.write(file.read() ^ 0x5A);
        }
        // A valid file the projection refuses (another format), newer than both.
        new SnapshotStore(directory.resolve("view-sums"), 5).write(9, 99, ByteBuffer.allocate(16));

        SumsProjection restored = new SumsProjection("sums", false);
        ProjectionAgent reader = new ProjectionAgent(restored, events(10), config());
        drain(reader);
        reader.onClose();
        assertEquals(4, reader.snapshots().restoredSequence(), "9 refused, 8 corrupt: 4 used");
        assertEquals(fullReplay(10), restored.snapshot());
        assertNull(reader.error());
    }

    @Test
    void shouldReplayFromTheStartWithoutUsableSnapshotsAndIgnoreOnesAheadOfTheSource() throws Exception {
        ProjectionAgent writer = new ProjectionAgent(new SumsProjection("sums", false), events(10), config());
        drain(writer);
        writer.onClose();
        SumsProjection restored = new SumsProjection("sums", false);
        ProjectionAgent reader = new ProjectionAgent(restored, events(3), config());
        drain(reader);
        reader.onClose();
        assertEquals(0, reader.snapshots().restoredSequence(), "snapshots 4 and 8 are ahead of a source ending at 3");
        assertEquals(3, reader.eventsApplied());
        assertEquals(fullReplay(3), restored.snapshot());
    }

    @Test
    void shouldStillReplayFromTheStartOnARebuildRequest() {
        ProjectionAgent writer = new ProjectionAgent(new SumsProjection("sums", false), events(10), config());
        drain(writer);
        writer.onClose();
        SumsProjection restored = new SumsProjection("sums", false);
        ProjectionAgent reader = new ProjectionAgent(restored, events(10), config());
        drain(reader);
        reader.requestRebuild();
        drain(reader);
        reader.onClose();
        assertEquals(2 + 10, reader.eventsApplied(), "the tail after snapshot 8, then all ten again");
        assertEquals(fullReplay(10), restored.snapshot());
    }

    private static Map<Long, Long> fullReplay(int count) {
        SumsProjection replayed = new SumsProjection("sums", false);
        ProjectionAgent agent = new ProjectionAgent(replayed, events(count), new ProjectionConfig());
        for (int i = 0; i < count + 2; i++) {
            agent.doWork();
        }
        return replayed.snapshot();
    }

    /** Duty cycles until idle, letting each snapshot write finish so none is skipped for being busy. */
    private static void drain(ProjectionAgent agent) {
        for (int i = 0; i < 50; i++) {
            agent.doWork();
            ProjectionSnapshots snapshots = agent.snapshots();
            long deadline = System.nanoTime() + 10_000_000_000L;
            while (snapshots.writing() && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
        }
    }

    private List<Long> snapshotSequences() {
        return new SnapshotStore(directory.resolve("view-sums"), 5).files().stream()
            .map(p -> Long.parseLong(p.getFileName().toString().replaceAll("\\D", ""))).toList();
    }

    private static String fileOf(long sequence) {
        return String.format("snapshot-%020d.snap", sequence);
    }
}
