package io.ringtail.engine.view;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LongHashIndexTest {

    @Test
    void shouldAgreeWithAHashMapOnRandomPutsAndGets() {
        LongHashIndex index = new LongHashIndex(5_000);
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(42);
        for (int op = 0; op < 50_000; op++) {
            // Negative, small and huge keys, often repeated, to exercise updates and long probe chains.
            long key = random.nextBoolean() ? random.nextLong(-3_000, 3_000) : random.nextLong() | 1;
            if (random.nextInt(3) == 0 && reference.size() < 5_000 || reference.containsKey(key)) {
                int value = random.nextInt(Integer.MAX_VALUE);
                index.put(key, value);
                reference.put(key, value);
            }
            Integer expected = reference.get(key);
            assertEquals(expected == null ? LongHashIndex.MISSING : expected, index.get(key), "key " + key);
        }
        for (Map.Entry<Long, Integer> entry : reference.entrySet()) {
            assertEquals(entry.getValue(), index.get(entry.getKey()));
        }
        assertEquals(reference.size(), index.size());
    }

    @Test
    void shouldAgreeWithAHashMapOnRandomPutsRemovesAndGets() {
        LongHashIndex index = new LongHashIndex(2_000);
        Map<Long, Integer> reference = new HashMap<>();
        SplittableRandom random = new SplittableRandom(20261123);
        for (int op = 0; op < 200_000; op++) {
            // A narrow key range keeps the table near full, so removals shift long probe chains.
            long key = random.nextInt(4) == 0 ? random.nextLong() | 1 : random.nextLong(-1_500, 1_500);
            int action = random.nextInt(10);
            if (action < 5 && (reference.size() < 2_000 || reference.containsKey(key))) {
                int value = random.nextInt(Integer.MAX_VALUE);
                index.put(key, value);
                reference.put(key, value);
            } else if (action < 9) {
                Integer had = reference.remove(key);
                assertEquals(had == null ? LongHashIndex.MISSING : had, index.remove(key), "remove " + key);
            }
            Integer expected = reference.get(key);
            assertEquals(expected == null ? LongHashIndex.MISSING : expected, index.get(key), "key " + key);
            assertEquals(reference.size(), index.size());
        }
        for (Map.Entry<Long, Integer> entry : reference.entrySet()) {
            assertEquals(entry.getValue(), index.get(entry.getKey()));
        }
        for (long key = -1_500; key < 1_500; key++) {
            if (!reference.containsKey(key)) {
                assertEquals(LongHashIndex.MISSING, index.get(key), "removed key " + key);
            }
        }
    }

    @Test
    void shouldKeepFindingPresentKeysWhileOthersAreRemovedAndReinserted() throws InterruptedException {
        int stable = 20_000;
        int churning = 20_000;
        LongHashIndex index = new LongHashIndex(stable + churning);
        for (long key = 1; key <= stable; key++) {
            index.put(key * 2, valueOf(key * 2));
        }
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong wrong = new AtomicLong();
        AtomicLong reads = new AtomicLong();
        Thread[] readers = new Thread[2];
        for (int r = 0; r < readers.length; r++) {
            int seed = r;
            readers[r] = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                long local = 0;
                while (!done.get()) {
                    // Even keys are never removed and must always be found; odd keys come and go and must
                    // be missing or carry their own value, never a neighbour's.
                    long key = random.nextLong(1, 2L * (stable + 1));
                    int value = index.get(key);
                    boolean ok = (key & 1) == 0 ? value == valueOf(key) : value == LongHashIndex.MISSING || value == valueOf(key);
                    if (!ok) {
                        wrong.incrementAndGet();
                    }
                    local++;
                }
                reads.addAndGet(local);
            }, "index-reader-" + r);
            readers[r].start();
        }
        SplittableRandom random = new SplittableRandom(99);
        for (int op = 0; op < 2_000_000; op++) {
            long key = random.nextLong(0, churning) * 2 + 1;
            if (index.get(key) == LongHashIndex.MISSING) {
                index.put(key, valueOf(key));
            } else {
                index.remove(key);
            }
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertEquals(0, wrong.get(), "reads that missed a present key or saw another key's value");
        assertTrue(reads.get() > 1_000, "readers read too little to mean anything: " + reads.get());
    }

    @Test
    void shouldFailLoudlyWhenFullButStillUpdatePresentKeys() {
        LongHashIndex index = new LongHashIndex(3);
        index.put(1, 10);
        index.put(2, 20);
        index.put(3, 30);
        ViewCapacityExceededException error = assertThrows(ViewCapacityExceededException.class, () -> index.put(4, 40));
        assertTrue(error.getMessage().contains("3 keys"), error.getMessage());
        assertEquals(LongHashIndex.MISSING, index.get(4));
        index.put(2, 21);
        assertEquals(21, index.get(2));
    }

    @Test
    void shouldRejectTheReservedKeyAndNegativeValues() {
        LongHashIndex index = new LongHashIndex(3);
        assertThrows(IllegalArgumentException.class, () -> index.put(LongHashIndex.EMPTY_KEY, 1));
        assertThrows(IllegalArgumentException.class, () -> index.put(1, -1));
        assertEquals(LongHashIndex.MISSING, index.get(LongHashIndex.EMPTY_KEY));
    }

    @Test
    void shouldNeverShowReadersAKeyWithoutItsValue() throws InterruptedException {
        int keys = 200_000;
        LongHashIndex index = new LongHashIndex(keys);
        AtomicLong inserted = new AtomicLong();
        AtomicBoolean done = new AtomicBoolean();
        AtomicLong wrong = new AtomicLong();
        AtomicLong found = new AtomicLong();

        Thread[] readers = new Thread[2];
        for (int r = 0; r < readers.length; r++) {
            int seed = r;
            readers[r] = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                long localFound = 0;
                while (!done.get()) {
                    long published = inserted.get();
                    long key = random.nextLong(1, keys + 1);
                    int value = index.get(key);
                    boolean mustBeThere = key <= published;
                    if (value == LongHashIndex.MISSING ? mustBeThere : value != valueOf(key)) {
                        wrong.incrementAndGet();
                    }
                    if (value != LongHashIndex.MISSING) {
                        localFound++;
                    }
                }
                found.addAndGet(localFound);
            }, "index-reader-" + r);
            readers[r].start();
        }
        for (long key = 1; key <= keys; key++) {
            index.put(key, valueOf(key));
            inserted.lazySet(key);
        }
        done.set(true);
        for (Thread reader : readers) {
            reader.join();
        }
        assertEquals(0, wrong.get(), "reads that missed a published key or saw a key without its value");
        assertTrue(found.get() > 0, "readers never found a key");
    }

    private static int valueOf(long key) {
        return (int) ((key * 2_654_435_761L) & Integer.MAX_VALUE);
    }

    @Test
    void shouldReportItsDirectMemory() {
        assertEquals(16 * 16, new LongHashIndex(10).directMemoryBytes());
    }
}
