package io.ringtail.engine.view;

import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
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
            copied = list.readFrom(2, cursor, Long.MAX_VALUE, 3, into, 0);
        }
        assertEquals(List.of(20L, 18L, 16L, 14L, 12L, 10L, 8L, 6L, 4L, 2L), items);
    }

    @Test
    void shouldGiveAnEmptyPageForACursorOfAnotherKeyOrOutOfRange() {
        int first = appendIndex(list, 1, 100);
        append(list, 2, 200);
        assertEquals(0, list.readFrom(2, first, Long.MAX_VALUE, 10, into, 0));
        assertEquals(0, list.readFrom(2, 5_000, Long.MAX_VALUE, 10, into, 0));
        assertEquals(0, list.readFrom(2, -7, Long.MAX_VALUE, 10, into, 0));
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
        assertThrows(ViewCapacityExceededException.class, () -> small.beginAppend(3, 10));
        append(small, 1, 3);
        assertThrows(ViewCapacityExceededException.class, () -> small.beginAppend(1, 11));
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
            int offset = shared.beginAppend(item % 3 == 0 ? 2 : 1, item);
            shared.buffer().putLong(offset, item);
            shared.buffer().putLong(offset + 8, ~item);
            shared.endAppend();
        }
        done.set(true);
        reader.join();
        assertEquals(0, wrong.get());
        assertTrue(pages.get() > 0);
    }

    @Test
    void shouldMatchAModelOfListsUnderRandomAppendsAndRemovals() {
        NewestFirstRecordList removing = new NewestFirstRecordList(8, 300, 8);
        Map<Long, LinkedList<Long>> model = new HashMap<>();
        Map<Long, Integer> indexOfOrdinal = new HashMap<>();
        List<Long> held = new ArrayList<>();
        SplittableRandom random = new SplittableRandom(8128);
        long ordinal = 0;
        for (int op = 0; op < 30_000; op++) {
            if (held.size() < 300 && (held.isEmpty() || random.nextInt(100) < 52)) {
                long key = random.nextInt(8);
                ordinal += 1 + random.nextInt(3);
                indexOfOrdinal.put(ordinal, appendIndex(removing, key, ordinal));
                model.computeIfAbsent(key, k -> new LinkedList<>()).addFirst(ordinal);
                held.add(ordinal);
            } else {
                long gone = held.remove(random.nextInt(held.size()));
                removing.remove(indexOfOrdinal.remove(gone));
                model.values().forEach(items -> items.remove(gone));
            }
            assertEquals(held.size(), removing.size());
            if (op % 97 == 0) {
                for (long key = 0; key < 8; key++) {
                    assertEquals(model.getOrDefault(key, new LinkedList<>()), walk(removing, key, 7), "key " + key + " after op " + op);
                }
            }
        }
    }

    @Test
    void shouldNeverShowAReaderAnotherKeysItemOrGoBackInTimeWhileItemsAreRemovedAndReused() throws InterruptedException {
        int capacity = 64;
        NewestFirstRecordList shared = new NewestFirstRecordList(4, capacity, 16);
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong wrong = new AtomicLong();
        AtomicLong seen = new AtomicLong();
        Thread[] readers = new Thread[2];
        for (int r = 0; r < readers.length; r++) {
            long key = r;
            readers[r] = new Thread(() -> {
                UnsafeBuffer buffer = new UnsafeBuffer(new byte[8 * shared.entryLength()]);
                long count = 0;
                while (!done.get()) {
                    int copied = shared.readNewest(key, 8, buffer, 0);
                    long before = Long.MAX_VALUE;
                    for (int i = 0; i < copied; i++) {
                        int at = i * shared.entryLength();
                        long ordinal = buffer.getLong(at + NewestFirstRecordList.ORDINAL_OFFSET);
                        long item = buffer.getLong(at + NewestFirstRecordList.ITEM_OFFSET);
                        long check = buffer.getLong(at + NewestFirstRecordList.ITEM_OFFSET + 8);
                        // The item body carries its key and ordinal: a recycled slot shown as this key's would differ.
                        if (buffer.getLong(at) != key || item != ordinal * 4 + key || check != ~item || ordinal >= before) {
                            wrong.incrementAndGet();
                        }
                        before = ordinal;
                        count++;
                    }
                }
                seen.addAndGet(count);
            }, "list-reader-" + r);
            readers[r].start();
        }
        SplittableRandom random = new SplittableRandom(4242);
        long[] ordinalOfIndex = new long[capacity];
        List<Integer> held = new ArrayList<>();
        long ordinal = 0;
        for (int op = 0; op < 3_000_000; op++) {
            if (held.size() < capacity && (held.size() < capacity / 2 || random.nextBoolean())) {
                long key = random.nextInt(4);
                ordinal++;
                int offset = shared.beginAppend(key, ordinal);
                shared.buffer().putLong(offset, ordinal * 4 + key);
                shared.buffer().putLong(offset + 8, ~(ordinal * 4 + key));
                int index = shared.endAppend();
                ordinalOfIndex[index] = ordinal;
                held.add(index);
            } else {
                shared.remove(held.remove(random.nextInt(held.size())));
            }
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertEquals(0, wrong.get(), "entries of another key, torn, or out of order");
        assertTrue(seen.get() > 1_000, "readers saw too few entries to mean anything: " + seen.get());
    }

    /** The key's ordinals newest first, walking pages of {@code page} entries from each last entry's link. */
    private List<Long> walk(NewestFirstRecordList list, long key, int page) {
        List<Long> ordinals = new ArrayList<>();
        int copied = list.readNewest(key, page, into, 0);
        while (copied > 0) {
            for (int i = 0; i < copied; i++) {
                ordinals.add(into.getLong(i * list.entryLength() + NewestFirstRecordList.ORDINAL_OFFSET));
            }
            int last = (copied - 1) * list.entryLength();
            copied = list.readFrom(key, into.getInt(last + NewestFirstRecordList.PREVIOUS_OFFSET),
                into.getLong(last + NewestFirstRecordList.ORDINAL_OFFSET), page, into, 0);
        }
        return ordinals;
    }

    private static void append(NewestFirstRecordList list, long key, long item) {
        appendIndex(list, key, item);
    }

    private static int appendIndex(NewestFirstRecordList list, long key, long item) {
        int offset = list.beginAppend(key, item);
        list.buffer().putLong(offset, item);
        return list.endAppend();
    }
}
