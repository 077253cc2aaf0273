package io.ringtail.engine.view;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Lists of fixed-length items per key (say, the orders of an account), read newest first in pages, from
 * which the writer can remove any item. ONE writer thread, any number of readers.
 *
 * <p>Items are records of a {@link SeqlockRecordStore} linked newest to oldest: each record's header holds
 * its key, its ordinal, its own index and the index of the key's previous (older) item. Ordinals are given
 * by the writer and strictly increase from append to append (an order id does), so along any key's list
 * they strictly decrease. The index of each key's newest item lives in a {@link LongHashIndex}, updated
 * with a release store after the new record's write has ended, so a reader that finds a head finds a whole
 * record. The writer may rewrite an item's body in place ({@link #beginUpdate(int)}).
 *
 * <p>Removal unlinks an item: the newer neighbour's previous link is rewritten through its seqlock (the
 * writer keeps private newer links for that), or the key's head moves to the older neighbour, and the
 * record's slot goes back to a free list for a later append, possibly of another key. A reader may hold
 * the index of an item that is removed and even reused meanwhile; it checks every record it copies: the
 * key must be the one it walks and the ordinal below the previous one's. A reused slot fails the check
 * (another key, or a newer ordinal), so a walk never shows another key's item nor goes back in time; it
 * ends early instead, and the caller may restart it from the head below the last ordinal it saw. A
 * removed but not yet reused record is still whole and may be shown, as the item it was.
 *
 * <p>Each entry copied out is {@link #entryLength()} bytes: key at {@link #KEY_OFFSET}, ordinal at
 * {@link #ORDINAL_OFFSET}, the entry's index at {@link #INDEX_OFFSET}, the next older item's index
 * ({@link #END} if none) at {@link #PREVIOUS_OFFSET}, the item at {@link #ITEM_OFFSET}.
 */
public final class NewestFirstRecordList {
    public static final int KEY_OFFSET = 0;
    public static final int ORDINAL_OFFSET = 8;
    public static final int INDEX_OFFSET = 16;
    public static final int PREVIOUS_OFFSET = 20;
    public static final int ITEM_OFFSET = 24;
    public static final int END = -1;

    private final LongHashIndex newestOfKey;
    private final SeqlockRecordStore records;
    private final FreeSlots slots;
    /** Writer only: per index, the next newer item of the same key, or END for a head. */
    private final UnsafeBuffer newerOf;
    private long lastOrdinal = Long.MIN_VALUE;
    private int pendingIndex = -1;
    private long pendingKey;
    private int pendingPrevious;

    public NewestFirstRecordList(int maxKeys, int maxItems, int itemLength) {
        this.newestOfKey = new LongHashIndex(maxKeys);
        this.records = new SeqlockRecordStore(maxItems, ITEM_OFFSET + itemLength);
        this.slots = new FreeSlots(maxItems);
        this.newerOf = DirectMemory.allocate((long) maxItems * Integer.BYTES, "newer links");
    }

    public int entryLength() {
        return records.recordLength();
    }

    /** Items held now; writer thread only. */
    public int size() {
        return slots.inUse();
    }

    public int capacity() {
        return records.capacity();
    }

    /** Writer only: every item index ever handed out is below this. */
    public int indexBound() {
        return slots.highWater();
    }

    /** Bytes of direct memory held. */
    public long directMemoryBytes() {
        return newestOfKey.directMemoryBytes() + records.directMemoryBytes() + 2L * newerOf.capacity();
    }

    /** Where the writer writes item fields between begin and end of an append or update. */
    public MutableDirectBuffer buffer() {
        return records.buffer();
    }

    /**
     * Writer only: starts appending a new newest item to {@code key}'s list.
     *
     * @param ordinal greater than every ordinal appended before, to any key
     * @return offset in {@link #buffer()} of the item's first byte
     * @throws ViewCapacityExceededException when all items or all keys are used; nothing is changed then
     */
    public int beginAppend(long key, long ordinal) {
        if (pendingIndex >= 0) {
            throw new IllegalStateException("an append is already in progress");
        }
        if (ordinal <= lastOrdinal) {
            throw new IllegalArgumentException("ordinal " + ordinal + " not above the last appended " + lastOrdinal);
        }
        if (slots.peek() == FreeSlots.NONE) {
            throw new ViewCapacityExceededException("newest-first list full: " + size() + " items, cannot append to key " + key);
        }
        int previous = newestOfKey.get(key);
        if (previous == LongHashIndex.MISSING && newestOfKey.size() == newestOfKey.capacity()) {
            throw new ViewCapacityExceededException("newest-first list: all " + newestOfKey.capacity() + " keys in use, cannot add key " + key);
        }
        int index = slots.take();
        int offset = records.beginWrite(index);
        MutableDirectBuffer buffer = records.buffer();
        buffer.putLong(offset + KEY_OFFSET, key);
        buffer.putLong(offset + ORDINAL_OFFSET, ordinal);
        buffer.putInt(offset + INDEX_OFFSET, index);
        buffer.putInt(offset + PREVIOUS_OFFSET, previous == LongHashIndex.MISSING ? END : previous);
        lastOrdinal = ordinal;
        pendingIndex = index;
        pendingKey = key;
        pendingPrevious = previous == LongHashIndex.MISSING ? END : previous;
        return offset + ITEM_OFFSET;
    }

    /** Writer only: publishes the item as its key's newest. @return the item's index, for updates and removal */
    public int endAppend() {
        int index = pendingIndex;
        if (index < 0) {
            throw new IllegalStateException("no append in progress");
        }
        records.endWrite(index);
        setNewer(index, END);
        if (pendingPrevious != END) {
            setNewer(pendingPrevious, index);
        }
        newestOfKey.put(pendingKey, index);
        pendingIndex = -1;
        return index;
    }

    /** Writer only: unlinks item {@code index} from its key's list and frees its slot for a later append. */
    public void remove(int index) {
        checkHeld(index);
        int at = records.recordOffset(index);
        MutableDirectBuffer buffer = records.buffer();
        long key = buffer.getLong(at + KEY_OFFSET);
        int previous = buffer.getInt(at + PREVIOUS_OFFSET);
        int newer = newerOf.getInt(index * Integer.BYTES);
        if (newer == END) {
            if (previous == END) {
                newestOfKey.remove(key);
            } else {
                newestOfKey.put(key, previous);
            }
        } else {
            int newerAt = records.beginWrite(newer);
            buffer.putInt(newerAt + PREVIOUS_OFFSET, previous);
            records.endWrite(newer);
        }
        if (previous != END) {
            setNewer(previous, newer);
        }
        setNewer(index, END);
        slots.release(index);
    }

    /** Writer only: starts rewriting the body of item {@code index}; @return offset of the item's first byte */
    public int beginUpdate(int index) {
        checkHeld(index);
        return records.beginWrite(index) + ITEM_OFFSET;
    }

    public void endUpdate(int index) {
        records.endWrite(index);
    }

    /** Any thread: index of {@code key}'s newest item, or {@link #END}. */
    public int newest(long key) {
        int head = newestOfKey.get(key);
        return head == LongHashIndex.MISSING ? END : head;
    }

    /** Any thread: the first page, from {@code key}'s newest item. @return entries copied */
    public int readNewest(long key, int max, MutableDirectBuffer into, int offset) {
        return readFrom(key, newest(key), Long.MAX_VALUE, max, into, offset);
    }

    /**
     * Any thread: up to {@code max} items of {@code key} starting at item {@code index} and going older, each
     * with an ordinal below {@code belowOrdinal} and below the one before it. Stops early at the end of the
     * list, at an index out of range, or at a record that fails the check (not {@code key}'s, or reused): the
     * last entry's previous link then is not {@link #END}.
     *
     * @return entries copied
     */
    public int readFrom(long key, int index, long belowOrdinal, int max, MutableDirectBuffer into, int offset) {
        int entryLength = entryLength();
        int next = index;
        long bound = belowOrdinal;
        int copied = 0;
        while (copied < max && next >= 0 && next < records.capacity()) {
            int at = offset + copied * entryLength;
            if (!records.read(next, into, at) || into.getLong(at + KEY_OFFSET) != key) {
                break;
            }
            long ordinal = into.getLong(at + ORDINAL_OFFSET);
            if (ordinal >= bound) {
                break;
            }
            bound = ordinal;
            copied++;
            next = into.getInt(at + PREVIOUS_OFFSET);
        }
        return copied;
    }

    /** Writer only: bytes {@link #snapshotTo} writes now. */
    public int snapshotLength() {
        int used = slots.highWater();
        return Long.BYTES + newestOfKey.snapshotLength() + records.snapshotLength(used) + slots.snapshotLength()
            + used * Integer.BYTES;
    }

    /** Writer only, between appends: copies the lists as they are in memory. @return the end offset */
    public int snapshotTo(MutableDirectBuffer into, int offset) {
        int used = slots.highWater();
        into.putLong(offset, lastOrdinal);
        int at = newestOfKey.snapshotTo(into, offset + Long.BYTES);
        at = records.snapshotTo(used, into, at);
        at = slots.snapshotTo(into, at);
        into.putBytes(at, newerOf, 0, used * Integer.BYTES);
        return at + used * Integer.BYTES;
    }

    /** Before any reader sees this (fresh) list: replaces its contents with a snapshot's. @return the end offset */
    public int restoreFrom(DirectBuffer from, int offset) {
        long ordinal = from.getLong(offset);
        int at = newestOfKey.restoreFrom(from, offset + Long.BYTES);
        at = records.restoreFrom(from, at);
        at = slots.restoreFrom(from, at);
        int used = slots.highWater();
        newerOf.putBytes(0, from, at, used * Integer.BYTES);
        lastOrdinal = ordinal;
        return at + used * Integer.BYTES;
    }

    private void setNewer(int index, int newer) {
        newerOf.putInt(index * Integer.BYTES, newer);
    }

    private void checkHeld(int index) {
        if (index < 0 || index >= slots.highWater()) {
            throw new IndexOutOfBoundsException("item " + index + " not appended yet");
        }
    }
}
