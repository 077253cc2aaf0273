package io.ringtail.engine.projection;

import io.ringtail.engine.view.LongHashIndex;
import io.ringtail.engine.view.SeqlockRecordStore;
import io.ringtail.journal.EventRecord;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.HashMap;
import java.util.Map;

/**
 * A tiny domain-neutral projection for tests: the sum of amounts per key, kept off-heap in the view
 * primitives. An event whose key is {@link #POISON_KEY} makes {@code apply} throw, when poison is armed.
 */
final class SumsProjection implements SnapshottableProjection {
    static final int SNAPSHOT_FORMAT = 7;
    static final long POISON_KEY = -13;
    private static final int MAX_KEYS = 1024;

    private final String name;
    private final boolean poisonable;
    private volatile Sums sums = new Sums();

    SumsProjection(String name, boolean poisonable) {
        this.name = name;
        this.poisonable = poisonable;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void apply(EventRecord event) {
        long key = SumEvents.key(event);
        if (poisonable && key == POISON_KEY) {
            throw new IllegalStateException("poisoned event for key " + key);
        }
        Sums view = sums;
        int record = view.index.get(key);
        if (record == LongHashIndex.MISSING) {
            record = view.used++;
            view.index.put(key, record);
        }
        int offset = view.store.beginWrite(record);
        long previous = view.store.buffer().getLong(offset);
        view.store.buffer().putLong(offset, previous + SumEvents.amount(event));
        view.store.buffer().putLong(offset + 8, key);
        view.store.endWrite(record);
    }

    /** A fresh view rather than clearing in place: readers of the old one finish undisturbed. */
    @Override
    public void reset() {
        sums = new Sums();
    }

    @Override
    public int snapshotFormatVersion() {
        return SNAPSHOT_FORMAT;
    }

    @Override
    public int snapshotLength() {
        Sums view = sums;
        return Integer.BYTES + view.index.snapshotLength() + view.store.snapshotLength(view.used);
    }

    @Override
    public int captureSnapshot(MutableDirectBuffer into) {
        Sums view = sums;
        into.putInt(0, view.used);
        int at = view.index.snapshotTo(into, Integer.BYTES);
        return view.store.snapshotTo(view.used, into, at);
    }

    @Override
    public void restoreSnapshot(DirectBuffer payload, int formatVersion) {
        if (formatVersion != SNAPSHOT_FORMAT) {
            throw new IllegalStateException("format " + formatVersion);
        }
        Sums restored = new Sums();
        restored.used = payload.getInt(0);
        restored.store.restoreFrom(payload, restored.index.restoreFrom(payload, Integer.BYTES));
        sums = restored;
    }

    /** Any thread: every key's sum, read through the seqlock. */
    Map<Long, Long> snapshot() {
        Sums view = sums;
        UnsafeBuffer into = new UnsafeBuffer(new byte[16]);
        Map<Long, Long> result = new HashMap<>();
        for (int record = 0; record < MAX_KEYS; record++) {
            if (view.store.read(record, into, 0)) {
                result.put(into.getLong(8), into.getLong(0));
            }
        }
        return result;
    }

    private static final class Sums {
        final LongHashIndex index = new LongHashIndex(MAX_KEYS);
        final SeqlockRecordStore store = new SeqlockRecordStore(MAX_KEYS, 16);
        int used;
    }
}
