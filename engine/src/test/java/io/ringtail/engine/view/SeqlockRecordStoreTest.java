package io.ringtail.engine.view;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SeqlockRecordStoreTest {
    private final SeqlockRecordStore store = new SeqlockRecordStore(4, 12);
    private final UnsafeBuffer into = new UnsafeBuffer(new byte[32]);

    @Test
    void shouldReportRecordNeverWrittenAndLeaveBufferUntouched() {
        into.putLong(0, 77);
        assertFalse(store.read(2, into, 0));
        assertEquals(77, into.getLong(0));
        assertFalse(store.isWritten(2));
    }

    @Test
    void shouldReadBackTheLatestWrite() {
        for (int round = 1; round <= 3; round++) {
            int offset = store.beginWrite(1);
            store.buffer().putLong(offset, 100L * round);
            store.buffer().putInt(offset + 8, round);
            store.endWrite(1);
        }
        assertTrue(store.read(1, into, 4));
        assertEquals(300, into.getLong(4));
        assertEquals(3, into.getInt(12));
        assertEquals(300, store.buffer().getLong(store.recordOffset(1)));
    }

    @Test
    void shouldCopyAWholeRecordFromASourceBuffer() {
        UnsafeBuffer source = new UnsafeBuffer(new byte[12]);
        source.putLong(0, -5);
        source.putInt(8, 9);
        store.write(3, source, 0);
        assertTrue(store.read(3, into, 0));
        assertEquals(-5, into.getLong(0));
        assertEquals(9, into.getInt(8));
    }

    @Test
    void shouldRejectMisuseOfTheWriteProtocol() {
        store.beginWrite(0);
        assertThrows(IllegalStateException.class, () -> store.beginWrite(0));
        store.endWrite(0);
        assertThrows(IllegalStateException.class, () -> store.endWrite(0));
        assertThrows(IndexOutOfBoundsException.class, () -> store.read(4, into, 0));
    }

    @Test
    void shouldAccountForVersionWordAndPaddingInDirectMemory() {
        assertEquals(4 * 24, store.directMemoryBytes());
    }
}
