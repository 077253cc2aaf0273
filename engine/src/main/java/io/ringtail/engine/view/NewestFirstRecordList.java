package io.ringtail.engine.view;

import org.agrona.MutableDirectBuffer;

/**
 * Append-mostly lists of fixed-length items per key, read newest first in pages (say, the orders of an
 * account). ONE writer thread, any number of readers.
 *
 * <p>Items are records of a {@link SeqlockRecordStore} linked newest to oldest: each record's header holds
 * its key, its own index and the index of the key's previous item, fixed when the item is appended. The
 * index of each key's newest item lives in a {@link LongHashIndex}, updated with a release store after
 * the new record's write has ended, so a reader that finds a head finds a whole record and every link
 * behind it. The writer may rewrite an item's body in place ({@link #beginUpdate(int)}); links never change.
 *
 * <p>Read consistency: every entry returned is whole (the seqlock), entries come strictly newest first
 * with no duplicates. A page holds the items that existed when its walk started at its head or cursor;
 * items appended meanwhile are not in it, and because they are added at the head they never shift later
 * pages. An item updated during the walk is shown either before or after the update.
 *
 * <p>Each entry copied out is {@link #entryLength()} bytes: key at {@link #KEY_OFFSET}, the entry's index
 * (a cursor) at {@link #INDEX_OFFSET}, the next older item's index ({@link #END} if none) at
 * {@link #PREVIOUS_OFFSET}, the item at {@link #ITEM_OFFSET}.
 */
public final class NewestFirstRecordList {
    public static final int KEY_OFFSET = 0;
    public static final int INDEX_OFFSET = 8;
    public static final int PREVIOUS_OFFSET = 12;
    public static final int ITEM_OFFSET = 16;
    public static final int END = -1;

    private final LongHashIndex newestOfKey;
    private final SeqlockRecordStore records;
    private int used;
    private int pendingIndex = -1;
    private long pendingKey;

    public NewestFirstRecordList(int maxKeys, int maxItems, int itemLength) {
        this.newestOfKey = new LongHashIndex(maxKeys);
        this.records = new SeqlockRecordStore(maxItems, ITEM_OFFSET + itemLength);
    }

    public int entryLength() {
        return records.recordLength();
    }

    /** Items appended so far; writer thread only. */
    public int size() {
        return used;
    }

    /** Bytes of direct memory held. */
    public long directMemoryBytes() {
        return newestOfKey.directMemoryBytes() + records.directMemoryBytes();
    }

    /** Where the writer writes item fields between begin and end of an append or update. */
    public MutableDirectBuffer buffer() {
        return records.buffer();
    }

    /**
     * Writer only: starts appending a new newest item to {@code key}'s list.
     *
     * @return offset in {@link #buffer()} of the item's first byte
     * @throws ViewCapacityExceededException when all items or all keys are used; nothing is changed then
     */
    public int beginAppend(long key) {
        if (pendingIndex >= 0) {
            throw new IllegalStateException("an append is already in progress");
        }
        if (used == records.capacity()) {
            throw new ViewCapacityExceededException("newest-first list full: " + used + " items, cannot append to key " + key);
        }
        int previous = newestOfKey.get(key);
        if (previous == LongHashIndex.MISSING && newestOfKey.size() == newestOfKey.capacity()) {
            throw new ViewCapacityExceededException("newest-first list: all " + newestOfKey.capacity() + " keys in use, cannot add key " + key);
        }
        int index = used;
        int offset = records.beginWrite(index);
        MutableDirectBuffer buffer = records.buffer();
        buffer.putLong(offset + KEY_OFFSET, key);
        buffer.putInt(offset + INDEX_OFFSET, index);
        buffer.putInt(offset + PREVIOUS_OFFSET, previous == LongHashIndex.MISSING ? END : previous);
        pendingIndex = index;
        pendingKey = key;
        return offset + ITEM_OFFSET;
    }

    /** Writer only: publishes the item as its key's newest. @return the item's index, for later updates */
    public int endAppend() {
        int index = pendingIndex;
        if (index < 0) {
            throw new IllegalStateException("no append in progress");
        }
        records.endWrite(index);
        used++;
        newestOfKey.put(pendingKey, index);
        pendingIndex = -1;
        return index;
    }

    /** Writer only: starts rewriting the body of item {@code index}; @return offset of the item's first byte */
    public int beginUpdate(int index) {
        if (index >= used) {
            throw new IndexOutOfBoundsException("item " + index + " not appended yet");
        }
        return records.beginWrite(index) + ITEM_OFFSET;
    }

    public void endUpdate(int index) {
        records.endWrite(index);
    }

    /** Writer only: offset of item {@code index}'s body, to read it without the protocol. */
    public int itemOffset(int index) {
        return records.recordOffset(index) + ITEM_OFFSET;
    }

    /** Any thread: the first page, from {@code key}'s newest item. @return entries copied */
    public int readNewest(long key, int max, MutableDirectBuffer into, int offset) {
        int head = newestOfKey.get(key);
        return head == LongHashIndex.MISSING ? 0 : readFrom(key, head, max, into, offset);
    }

    /**
     * Any thread: a page starting at item {@code cursor} (an index from a previous page's entries, e.g. the
     * last entry's previous link) and going older. A cursor that does not name an item of {@code key} (a
     * client may send anything) gives an empty page rather than another key's items.
     *
     * @return entries copied
     */
    public int readFrom(long key, int cursor, int max, MutableDirectBuffer into, int offset) {
        int entryLength = entryLength();
        int next = cursor;
        int copied = 0;
        while (copied < max && next >= 0 && next < records.capacity()) {
            int at = offset + copied * entryLength;
            if (!records.read(next, into, at) || into.getLong(at + KEY_OFFSET) != key) {
                break;
            }
            copied++;
            next = into.getInt(at + PREVIOUS_OFFSET);
        }
        return copied;
    }
}
