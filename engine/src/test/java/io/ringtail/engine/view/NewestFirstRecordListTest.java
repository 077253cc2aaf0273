package io.ringtail.engine.view;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewestFirstRecordListTest {
    private final NewestFirstRecordList list = new NewestFirstRecordList(4, 100, 8);
    private final UnsafeBuffer into = new UnsafeBuffer(new byte[4096]);

    @Test
    void shouldPageEachKeysItemsNewestFirst() {
        for (long item = 1; item <= 20; item++) {
            append(list, item % 2 == 0 ? 2 : 3, item);
        }
        List<Long> items = new ArrayList<>();
        int copied = list.readNewest(2, 3, into, 0);
        while (copied > 0) {
            for (int i = 0; i < copied; i++) {
                items.add(into.getLong(i * list.entryLength() + NewestFirstRecordList.ITEM_OFFSET));
            }
            int cursor = into.getInt((copied - 1) * list.entryLength() + NewestFirstRecordList.PREVIOUS_OFFSET);
            copied = list.readFrom(2, cursor, 3, into, 0);
        }
        assertEquals(List.of(20L, 18L, 16L, 14L, 12L, 10L, 8L, 6L, 4L, 2L), items);
    }

    @Test
    void shouldGiveAnEmptyPageForACursorOfAnotherKeyOrOutOfRange() {
        int first = appendIndex(list, 1, 100);
        append(list, 2, 200);
        assertEquals(0, list.readFrom(2, first, 10, into, 0));
        assertEquals(0, list.readFrom(2, 5_000, 10, into, 0));
        assertEquals(0, list.readFrom(2, -7, 10, into, 0));
        assertEquals(0, list.readNewest(9, 10, into, 0));
    }

    @Test
    void shouldShowAnItemUpdatedInPlace() {
        int index = appendIndex(list, 1, 100);
        append(list, 1, 101);
        int offset = list.beginUpdate(index);
        list.buffer().putLong(offset, 555);
        list.endUpdate(index);
        assertEquals(2, list.readNewest(1, 10, into, 0));
        assertEquals(555, into.getLong(list.entryLength() + NewestFirstRecordList.ITEM_OFFSET));
        assertEquals(NewestFirstRecordList.END, into.getInt(list.entryLength() + NewestFirstRecordList.PREVIOUS_OFFSET));
    }

    @Test
    void shouldFailLoudlyWhenItemsOrKeysRunOutAndChangeNothing() {
        NewestFirstRecordList small = new NewestFirstRecordList(2, 3, 8);
        append(small, 1, 1);
        append(small, 2, 2);
        assertThrows(ViewCapacityExceededException.class, () -> small.beginAppend(3));
        append(small, 1, 3);
        assertThrows(ViewCapacityExceededException.class, () -> small.beginAppend(1));
        assertEquals(3, small.size());
        assertEquals(2, small.readNewest(1, 10, into, 0));
    }

    @Test
    void shouldGiveReadersLinkedWholeItemsWhileTheWriterAppends() throws InterruptedException {
        int items = 100_000;
        NewestFirstRecordList shared = new NewestFirstRecordList(2, items, 16);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong wrong = new AtomicLong();
        AtomicLong pages = new AtomicLong();
        Thread reader = new Thread(() -> {
            UnsafeBuffer buffer = new UnsafeBuffer(new byte[10 * shared.entryLength()]);
            long count = 0;
            while (!done.get()) {
                int copied = shared.readNewest(1, 10, buffer, 0);
                for (int i = 0; i < copied; i++) {
                    int at = i * shared.entryLength();
                    long item = buffer.getLong(at + NewestFirstRecordList.ITEM_OFFSET);
                    long check = buffer.getLong(at + NewestFirstRecordList.ITEM_OFFSET + 8);
                    boolean linked = i == 0 || buffer.getInt(at - shared.entryLength() + NewestFirstRecordList.PREVIOUS_OFFSET)
                            == buffer.getInt(at + NewestFirstRecordList.INDEX_OFFSET);
                    boolean ordered = i == 0 || buffer.getLong(at - shared.entryLength() + NewestFirstRecordList.ITEM_OFFSET) > item;
                    if (check != ~item || !linked || !ordered) {
                        wrong.incrementAndGet();
                    }
                }
                count++;
            }
            pages.set(count);
        }, "list-reader");
        reader.start();
        for (long item = 1; item <= items; item++) {
            int offset = shared.beginAppend(item % 3 == 0 ? 2 : 1);
            shared.buffer().putLong(offset, item);
            shared.buffer().putLong(offset + 8, ~item);
            shared.endAppend();
        }
        done.set(true);
        reader.join();
        assertEquals(0, wrong.get());
        assertTrue(pages.get() > 0);
    }

    private static void append(NewestFirstRecordList list, long key, long item) {
        appendIndex(list, key, item);
    }

    private static int appendIndex(NewestFirstRecordList list, long key, long item) {
        int offset = list.beginAppend(key);
        list.buffer().putLong(offset, item);
        return list.endAppend();
    }
}
