package io.ringtail.engine.view;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RecentRecordsRingTest {
    private final RecentRecordsRing ring = new RecentRecordsRing(2, 3, 16);
    private final UnsafeBuffer into = new UnsafeBuffer(new byte[1024]);

    @Test
    void shouldReturnTheNewestItemsFirstUpToTheDepth() {
        for (long item = 1; item <= 5; item++) {
            append(ring, 7, item);
        }
        assertEquals(3, ring.readRecent(7, 10, into, 0));
        assertEquals(5, item(0));
        assertEquals(4, item(1));
        assertEquals(3, item(2));
        assertEquals(4, into.getLong(RecentRecordsRing.ORDINAL_OFFSET));
        assertEquals(2, ring.readRecent(7, 2, into, 0));
        assertEquals(5, ring.count(7));
    }

    @Test
    void shouldKeepEachKeysHistoryApart() {
        append(ring, 1, 10);
        append(ring, 2, 20);
        append(ring, 1, 11);
        assertEquals(2, ring.readRecent(1, 10, into, 0));
        assertEquals(11, item(0));
        assertEquals(10, item(1));
        assertEquals(1, ring.readRecent(2, 10, into, 0));
        assertEquals(20, item(0));
        assertEquals(0, ring.readRecent(3, 10, into, 0));
    }

    @Test
    void shouldFailLoudlyWhenEveryKeyHasARing() {
        append(ring, 1, 1);
        append(ring, 2, 2);
        assertThrows(ViewCapacityExceededException.class, () -> ring.beginAppend(3));
        append(ring, 1, 3);
        assertEquals(2, ring.count(1));
    }

    @Test
    void shouldGiveReadersConsecutiveWholeItemsWhileTheWriterLapsThem() throws InterruptedException {
        RecentRecordsRing shared = new RecentRecordsRing(1, 8, 16);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong wrong = new AtomicLong();
        AtomicLong entries = new AtomicLong();
        Thread reader = new Thread(() -> {
            UnsafeBuffer buffer = new UnsafeBuffer(new byte[8 * shared.entryLength()]);
            long seen = 0;
            while (!done.get()) {
                int copied = shared.readRecent(5, 8, buffer, 0);
                for (int i = 0; i < copied; i++) {
                    int at = i * shared.entryLength();
                    long ordinal = buffer.getLong(at);
                    long item = buffer.getLong(at + RecentRecordsRing.ITEM_OFFSET);
                    long check = buffer.getLong(at + RecentRecordsRing.ITEM_OFFSET + 8);
                    long previousOrdinal = i == 0 ? ordinal + 1 : buffer.getLong(at - shared.entryLength());
                    if (item != ordinal + 1 || check != ~item || previousOrdinal != ordinal + 1) {
                        wrong.incrementAndGet();
                    }
                }
                seen += copied;
            }
            entries.set(seen);
        }, "ring-reader");
        reader.start();
        for (long item = 1; item <= 300_000; item++) {
            append(shared, 5, item);
        }
        done.set(true);
        reader.join();
        assertEquals(0, wrong.get());
        assertTrue(entries.get() > 0);
    }

    private static void append(RecentRecordsRing ring, long key, long item) {
        int offset = ring.beginAppend(key);
        ring.buffer().putLong(offset, item);
        ring.buffer().putLong(offset + 8, ~item);
        ring.endAppend();
    }

    private long item(int entry) {
        return into.getLong(entry * ring.entryLength() + RecentRecordsRing.ITEM_OFFSET);
    }
}
