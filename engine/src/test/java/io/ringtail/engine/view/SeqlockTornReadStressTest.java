package io.ringtail.engine.view;

import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One writer rewrites a few large records as fast as it can while two readers read them. Every record's
 * last field is a checksum of the others, so a reader can tell a torn copy. The seqlock readers must never
 * see one; a reader that copies without the protocol must, which shows the check can fail.
 */
class SeqlockTornReadStressTest {
    private static final int RECORDS = 4;
    private static final int FIELDS = 63;
    private static final int RECORD_LENGTH = (FIELDS + 1) * Long.BYTES;
    private static final long PROTECTED_RUN_MILLIS = 1_500;
    private static final long BROKEN_RUN_CAP_MILLIS = 3_000;

    interface RecordReader {
        /** @return false when the record holds nothing yet */
        boolean read(SeqlockRecordStore store, int index, MutableDirectBuffer into);
    }

    @Test
    void shouldNeverReturnATornRecordThroughTheSeqlock() throws InterruptedException {
        Outcome outcome = run((store, index, into) -> store.read(index, into, 0), PROTECTED_RUN_MILLIS, false);
        assertEquals(0, outcome.torn, "torn reads through the seqlock");
        assertTrue(outcome.checked > 1_000, "readers checked too few records to mean anything: " + outcome.checked);
        assertTrue(outcome.writes > 1_000, "writer wrote too few records: " + outcome.writes);
    }

    @Test
    void shouldCatchTornRecordsWhenReadersSkipTheProtocol() throws InterruptedException {
        RecordReader unprotected = (store, index, into) -> {
            store.buffer().getBytes(store.recordOffset(index), into, 0, RECORD_LENGTH);
            return store.isWritten(index);
        };
        Outcome outcome = run(unprotected, BROKEN_RUN_CAP_MILLIS, true);
        assertTrue(outcome.torn > 0, "the broken reader saw no torn record in " + outcome.checked + " reads: the test cannot fail");
    }

    private record Outcome(long checked, long torn, long writes) {
    }

    private static Outcome run(RecordReader reader, long millis, boolean stopAtFirstTear) throws InterruptedException {
        SeqlockRecordStore store = new SeqlockRecordStore(RECORDS, RECORD_LENGTH);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong checked = new AtomicLong();
        AtomicLong torn = new AtomicLong();
        AtomicLong writes = new AtomicLong();

        Thread writer = new Thread(() -> {
            SplittableRandom random = new SplittableRandom(7);
            long count = 0;
            while (running.get()) {
                int index = random.nextInt(RECORDS);
                int offset = store.beginWrite(index);
                long checksum = 0;
                for (int field = 0; field < FIELDS; field++) {
                    long value = random.nextLong();
                    store.buffer().putLong(offset + field * Long.BYTES, value);
                    checksum = mix(checksum, value);
                }
                store.buffer().putLong(offset + FIELDS * Long.BYTES, checksum);
                store.endWrite(index);
                count++;
            }
            writes.set(count);
        }, "stress-writer");

        Thread[] readers = new Thread[2];
        for (int r = 0; r < readers.length; r++) {
            int seed = r;
            readers[r] = new Thread(() -> {
                SplittableRandom random = new SplittableRandom(seed);
                UnsafeBuffer into = new UnsafeBuffer(new byte[RECORD_LENGTH]);
                long localChecked = 0;
                long localTorn = 0;
                while (running.get()) {
                    if (!reader.read(store, random.nextInt(RECORDS), into)) {
                        continue;
                    }
                    long checksum = 0;
                    for (int field = 0; field < FIELDS; field++) {
                        checksum = mix(checksum, into.getLong(field * Long.BYTES));
                    }
                    localChecked++;
                    if (checksum != into.getLong(FIELDS * Long.BYTES)) {
                        localTorn++;
                        if (stopAtFirstTear) {
                            running.set(false);
                        }
                    }
                }
                checked.addAndGet(localChecked);
                torn.addAndGet(localTorn);
            }, "stress-reader-" + r);
        }

        writer.start();
        for (Thread thread : readers) {
            thread.start();
        }
        long deadline = System.nanoTime() + millis * 1_000_000;
        while (running.get() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        running.set(false);
        writer.join();
        for (Thread thread : readers) {
            thread.join();
        }
        return new Outcome(checked.get(), torn.get(), writes.get());
    }

    private static long mix(long checksum, long value) {
        return Long.rotateLeft(checksum ^ value, 13) * 0x9E3779B97F4A7C15L;
    }
}
