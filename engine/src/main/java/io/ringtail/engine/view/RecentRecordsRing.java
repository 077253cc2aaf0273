package io.ringtail.engine.view;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * The most recent {@code depth} fixed-length items per key (say, recent trades per symbol), each key with
 * its own ring so a busy key cannot evict a quiet key's history. ONE writer thread, any number of readers.
 *
 * <p>Entries live in a {@link SeqlockRecordStore}; each entry starts with its ordinal (how many items the
 * key had before it). A per-key count is published with a release store after the entry's write ends.
 * A reader loads the count (acquire), then reads ordinals count-1, count-2, ... through the seqlock and
 * stops at the first entry whose ordinal is not the expected one: the writer has lapped the reader and
 * the older items are gone.
 *
 * <p>Read consistency: every entry returned is whole; entries come strictly newest first with no
 * duplicates; items appended while a read runs are not returned, and a read racing a burst of more than
 * {@code depth} appends returns fewer items rather than mixing newer ones in.
 *
 * <p>Each entry copied out is {@link #entryLength()} bytes: the ordinal (long) at {@link #ORDINAL_OFFSET},
 * the item at {@link #ITEM_OFFSET}.
 */
public final class RecentRecordsRing {
    public static final int ORDINAL_OFFSET = 0;
    public static final int ITEM_OFFSET = 8;

    private final LongHashIndex ringOfKey;
    private final SeqlockRecordStore entries;
    private final UnsafeBuffer counts;
    private final int maxKeys;
    private final int depth;
    private int ringsInUse;
    private int pendingRing = -1;
    private int pendingSlot;
    private long pendingCount;

    public RecentRecordsRing(int maxKeys, int depth, int itemLength) {
        if (maxKeys <= 0 || depth <= 0 || (long) maxKeys * depth > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("keys and depth must be positive and their product an int: " + maxKeys + " x " + depth);
        }
        this.maxKeys = maxKeys;
        this.depth = depth;
        this.ringOfKey = new LongHashIndex(maxKeys);
        this.entries = new SeqlockRecordStore(maxKeys * depth, ITEM_OFFSET + itemLength);
        this.counts = DirectMemory.allocate((long) maxKeys * Long.BYTES, "ring counts");
    }

    public int depth() {
        return depth;
    }

    /** Bytes one entry takes in a reader's buffer: ordinal and item. */
    public int entryLength() {
        return entries.recordLength();
    }

    /** Bytes of direct memory held. */
    public long directMemoryBytes() {
        return ringOfKey.directMemoryBytes() + entries.directMemoryBytes() + counts.capacity();
    }

    /** Where the writer writes item fields between {@link #beginAppend(long)} and {@link #endAppend()}. */
    public MutableDirectBuffer buffer() {
        return entries.buffer();
    }

    /**
     * Writer only: starts appending an item to {@code key}'s ring, overwriting its oldest when full.
     *
     * @return offset in {@link #buffer()} of the item's first byte
     * @throws ViewCapacityExceededException when the key is new and {@code maxKeys} keys have rings
     */
    public int beginAppend(long key) {
        if (pendingRing >= 0) {
            throw new IllegalStateException("an append is already in progress");
        }
        int ring = ringOfKey.get(key);
        if (ring == LongHashIndex.MISSING) {
            if (ringsInUse == maxKeys) {
                throw new ViewCapacityExceededException("recent-items ring: all " + maxKeys + " keys in use, cannot add key " + key);
            }
            ring = ringsInUse++;
            ringOfKey.put(key, ring);
        }
        long count = counts.getLong(ring * Long.BYTES);
        int slot = ring * depth + (int) (count % depth);
        int offset = entries.beginWrite(slot);
        entries.buffer().putLong(offset + ORDINAL_OFFSET, count);
        pendingRing = ring;
        pendingSlot = slot;
        pendingCount = count;
        return offset + ITEM_OFFSET;
    }

    /** Writer only: makes the item started by {@link #beginAppend(long)} visible to readers. */
    public void endAppend() {
        if (pendingRing < 0) {
            throw new IllegalStateException("no append in progress");
        }
        entries.endWrite(pendingSlot);
        counts.putLongRelease(pendingRing * Long.BYTES, pendingCount + 1);
        pendingRing = -1;
    }

    /** Any thread: items ever appended to {@code key} (0 for an unknown key). */
    public long count(long key) {
        int ring = ringOfKey.get(key);
        return ring == LongHashIndex.MISSING ? 0 : counts.getLongAcquire(ring * Long.BYTES);
    }

    /**
     * Any thread: copies up to {@code max} of {@code key}'s most recent items into {@code into}, newest
     * first, each {@link #entryLength()} bytes, starting at {@code offset}.
     *
     * @return entries copied
     */
    public int readRecent(long key, int max, MutableDirectBuffer into, int offset) {
        int ring = ringOfKey.get(key);
        if (ring == LongHashIndex.MISSING) {
            return 0;
        }
        long count = counts.getLongAcquire(ring * Long.BYTES);
        long wanted = Math.min(Math.min(max, depth), count);
        int entryLength = entryLength();
        int copied = 0;
        for (long ordinal = count - 1; copied < wanted; ordinal--) {
            int at = offset + copied * entryLength;
            int slot = ring * depth + (int) (ordinal % depth);
            if (!entries.read(slot, into, at) || into.getLong(at + ORDINAL_OFFSET) != ordinal) {
                break;
            }
            copied++;
        }
        return copied;
    }

    /** Writer only: bytes {@link #snapshotTo} writes now. */
    public int snapshotLength() {
        return Integer.BYTES + ringOfKey.snapshotLength() + entries.snapshotLength(ringsInUse * depth) + ringsInUse * Long.BYTES;
    }

    /** Writer only, between appends: copies the rings in use as they are in memory. @return the end offset */
    public int snapshotTo(MutableDirectBuffer into, int offset) {
        into.putInt(offset, ringsInUse);
        int at = ringOfKey.snapshotTo(into, offset + Integer.BYTES);
        at = entries.snapshotTo(ringsInUse * depth, into, at);
        into.putBytes(at, counts, 0, ringsInUse * Long.BYTES);
        return at + ringsInUse * Long.BYTES;
    }

    /** Before any reader sees this (fresh) ring: replaces its contents with a snapshot's. @return the end offset */
    public int restoreFrom(DirectBuffer from, int offset) {
        int rings = from.getInt(offset);
        if (rings < 0 || rings > maxKeys) {
            throw new IllegalStateException("snapshot of " + rings + " rings does not fit " + maxKeys + " keys");
        }
        int at = ringOfKey.restoreFrom(from, offset + Integer.BYTES);
        int entriesStart = at;
        at = entries.restoreFrom(from, at);
        if (from.getInt(entriesStart) != rings * depth) {
            throw new IllegalStateException("snapshot of rings of another depth than " + depth);
        }
        counts.putBytes(0, from, at, rings * Long.BYTES);
        ringsInUse = rings;
        return at + rings * Long.BYTES;
    }
}
