package io.ringtail.journal.snapshot;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SnapshotStoreTest {
    @TempDir
    Path dir;

    private static ByteBuffer payload(long seed, int length) {
        ByteBuffer buffer = ByteBuffer.allocateDirect(length + 7);
        buffer.position(3);
        for (int i = 0; i < length; i++) {
            buffer.put((byte) (seed * 31 + i * 7));
        }
        buffer.flip().position(3);
        return buffer;
    }

    private static byte[] bytes(LoadedSnapshot snapshot) {
        byte[] copy = new byte[snapshot.payload().capacity()];
        snapshot.payload().getBytes(0, copy);
        return copy;
    }

    private static byte[] bytes(ByteBuffer buffer) {
        byte[] copy = new byte[buffer.remaining()];
        buffer.duplicate().get(copy);
        return copy;
    }

    @Test
    void shouldRoundTripPayloadSequenceAndFormatVersion() throws IOException {
        SnapshotStore store = new SnapshotStore(dir.resolve("state"), 3);
        ByteBuffer written = payload(1, 10_000);
        int position = written.position();
        store.write(42, 7, written);
        assertEquals(position, written.position(), "write must not move the caller's buffer");

        try (LoadedSnapshot loaded = store.loadNewest(Long.MAX_VALUE).orElseThrow()) {
            assertEquals(42, loaded.sequence());
            assertEquals(7, loaded.formatVersion());
            assertArrayEquals(bytes(written), bytes(loaded));
            assertEquals(store.files().get(0), loaded.file());
        }
    }

    @Test
    void shouldRoundTripEmptyPayload() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 1);
        store.write(0, 1, ByteBuffer.allocate(0));
        try (LoadedSnapshot loaded = store.loadNewest(0).orElseThrow()) {
            assertEquals(0, loaded.payload().capacity());
        }
    }

    @Test
    void shouldLoadNothingFromEmptyDirectory() {
        assertTrue(new SnapshotStore(dir, 2).loadNewest(Long.MAX_VALUE).isEmpty());
    }

    @Test
    void shouldSkipSnapshotWithFlippedPayloadByteInFavourOfPrevious() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 3);
        store.write(10, 1, payload(10, 500));
        Path newest = store.write(20, 1, payload(20, 500));
        flipByte(newest, Files.size(newest) - 100);

        try (LoadedSnapshot loaded = store.loadNewest(Long.MAX_VALUE).orElseThrow()) {
            assertEquals(10, loaded.sequence());
            assertArrayEquals(bytes(payload(10, 500)), bytes(loaded));
        }
    }

    @Test
    void shouldSkipSnapshotWithFlippedSequenceInHeader() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 3);
        store.write(10, 1, payload(10, 50));
        Path newest = store.write(20, 1, payload(20, 50));
        flipByte(newest, SnapshotFormat.SEQUENCE_OFFSET);
        assertEquals(10, loadedSequence(store, Long.MAX_VALUE));
    }

    @Test
    void shouldSkipTruncatedSnapshot() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 3);
        store.write(10, 1, payload(10, 500));
        Path newest = store.write(20, 1, payload(20, 500));
        try (RandomAccessFile file = new RandomAccessFile(newest.toFile(), "rw")) {
            file.setLength(file.length() - 1);
        }
        assertEquals(10, loadedSequence(store, Long.MAX_VALUE));

        try (RandomAccessFile file = new RandomAccessFile(newest.toFile(), "rw")) {
            file.setLength(SnapshotFormat.HEADER_LENGTH - 1);
        }
        assertEquals(10, loadedSequence(store, Long.MAX_VALUE));
    }

    @Test
    void shouldSkipFileWithWrongMagic() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 3);
        store.write(10, 1, payload(10, 50));
        Path newest = store.write(20, 1, payload(20, 50));
        flipByte(newest, SnapshotFormat.MAGIC_OFFSET);
        assertEquals(10, loadedSequence(store, Long.MAX_VALUE));
    }

    @Test
    void shouldLoadNothingWhenEverySnapshotIsInvalid() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 3);
        flipByte(store.write(10, 1, payload(10, 50)), SnapshotFormat.HEADER_LENGTH);
        flipByte(store.write(20, 1, payload(20, 50)), SnapshotFormat.HEADER_LENGTH + 1);
        assertTrue(store.loadNewest(Long.MAX_VALUE).isEmpty());
    }

    @Test
    void shouldSkipSnapshotAheadOfMaxSequence() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 3);
        store.write(10, 1, payload(10, 50));
        store.write(20, 1, payload(20, 50));
        assertEquals(20, loadedSequence(store, 20));
        assertEquals(10, loadedSequence(store, 19));
        assertTrue(store.loadNewest(9).isEmpty());
    }

    @Test
    void shouldKeepOnlyNewestK() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 2);
        for (long sequence : new long[] {5, 100, 30, 2_000}) {
            store.write(sequence, 1, payload(sequence, 10));
        }
        assertEquals(List.of(dir.resolve(SnapshotFormat.fileName(2_000)), dir.resolve(SnapshotFormat.fileName(100))),
                store.files());
    }

    @Test
    void shouldIgnoreAndCleanTempFilesFromInterruptedWrite() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 3);
        store.write(10, 1, payload(10, 50));
        Path temp = dir.resolve(SnapshotFormat.fileName(20) + SnapshotFormat.TEMP_SUFFIX);
        Files.write(temp, new byte[] {1, 2, 3});
        Files.write(dir.resolve("notes.txt"), new byte[] {1});

        assertEquals(List.of(dir.resolve(SnapshotFormat.fileName(10))), store.files());
        assertEquals(10, loadedSequence(store, Long.MAX_VALUE));

        new SnapshotStore(dir, 3);
        assertFalse(Files.exists(temp));
        assertTrue(Files.exists(dir.resolve("notes.txt")), "files that are not ours are left alone");
    }

    @Test
    void shouldReplaceSnapshotAtSameSequence() throws IOException {
        SnapshotStore store = new SnapshotStore(dir, 3);
        store.write(10, 1, payload(1, 50));
        store.write(10, 2, payload(2, 60));
        assertEquals(1, store.files().size());
        try (LoadedSnapshot loaded = store.loadNewest(10).orElseThrow()) {
            assertEquals(2, loaded.formatVersion());
            assertArrayEquals(bytes(payload(2, 60)), bytes(loaded));
        }
    }

    @Test
    void shouldValidatePolicy() {
        assertFalse(SnapshotPolicy.disabled().enabled());
        assertFalse(SnapshotPolicy.disabled().due(1_000_000, 1_000_000));
        SnapshotPolicy policy = new SnapshotPolicy(100, 5_000, 3);
        assertTrue(policy.enabled());
        assertFalse(policy.due(99, 4_999));
        assertTrue(policy.due(100, 0));
        assertTrue(policy.due(1, 5_000));
        assertFalse(policy.due(0, 60_000), "no events since the last snapshot: nothing to capture");
        assertFalse(new SnapshotPolicy(0, 5_000, 1).due(99_999, 4_999));
        assertTrue(new SnapshotPolicy(100, 0, 1).due(100, 0));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotPolicy(-1, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotPolicy(0, -1, 1));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotPolicy(1, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SnapshotStore(dir, 0));
    }

    private static long loadedSequence(SnapshotStore store, long maxSequence) {
        Optional<LoadedSnapshot> loaded = store.loadNewest(maxSequence);
        try (LoadedSnapshot snapshot = loaded.orElseThrow()) {
            return snapshot.sequence();
        }
    }

    private static void flipByte(Path file, long position) throws IOException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(position);
            int b = raf.read();
            raf.seek(position);
            raf.write(b ^ 0x5A);
        }
    }
}
