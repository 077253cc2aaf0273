package io.ringtail.engine.view;

import org.agrona.concurrent.UnsafeBuffer;

/**
 * Fixed-capacity open-addressing hash map from a long key to a non-negative int (typically a record index)
 * in direct memory: ONE writer thread, any number of reader threads probing without locks.
 *
 * <p>Slots are 16 bytes: key (8), value (4), padding (4); linear probing; no removal, so a probe chain
 * only ever grows and a reader can stop at the first empty slot.
 * <ul>
 *   <li>Insert: the writer stores the value with a plain store, then the key with a release store: a
 *       reader that sees the key (acquire load) also sees its value.</li>
 *   <li>Update of a present key: the value is stored with a release store; a reader sees the old or
 *       the new value, never a mix (an aligned int store is atomic).</li>
 * </ul>
 * A reader racing an insert may miss the key being inserted; it then simply was not there yet.
 * One key value, {@link #EMPTY_KEY}, marks empty slots and cannot be stored.
 */
public final class LongHashIndex {
    public static final long EMPTY_KEY = Long.MIN_VALUE;
    public static final int MISSING = -1;
    public static final int MAX_CAPACITY = 1 << 25;

    private static final int SLOT_LENGTH = 16;
    private static final int VALUE_OFFSET = 8;

    private final UnsafeBuffer buffer;
    private final int capacity;
    private final int mask;
    private int size;

    /** Room for {@code capacity} keys; the table is sized so that it stays at most about 70 % full. */
    public LongHashIndex(int capacity) {
        if (capacity <= 0 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be 1.." + MAX_CAPACITY + ", got " + capacity);
        }
        this.capacity = capacity;
        long wanted = Math.max(2, (long) capacity * 10 / 7 + 1);
        int slots = Integer.highestOneBit((int) wanted - 1) << 1;
        this.mask = slots - 1;
        this.buffer = DirectMemory.allocate((long) slots * SLOT_LENGTH, "hash index");
        for (int slot = 0; slot < slots; slot++) {
            buffer.putLong(slot * SLOT_LENGTH, EMPTY_KEY);
        }
        // Reader threads must receive this object by safe publication (e.g. built before they start).
    }

    public int capacity() {
        return capacity;
    }

    /** Keys stored; writer thread only. */
    public int size() {
        return size;
    }

    /** Bytes of direct memory held. */
    public long directMemoryBytes() {
        return buffer.capacity();
    }

    /**
     * Writer only: maps {@code key} to {@code value}, replacing any previous value.
     *
     * @throws ViewCapacityExceededException when the key is new and {@link #capacity()} keys are stored
     */
    public void put(long key, int value) {
        if (key == EMPTY_KEY) {
            throw new IllegalArgumentException("key " + EMPTY_KEY + " is reserved for empty slots");
        }
        if (value < 0) {
            throw new IllegalArgumentException("value must not be negative: " + value);
        }
        int slot = slotOf(key);
        while (true) {
            int offset = slot * SLOT_LENGTH;
            long found = buffer.getLong(offset);
            if (found == key) {
                buffer.putIntRelease(offset + VALUE_OFFSET, value);
                return;
            }
            if (found == EMPTY_KEY) {
                if (size == capacity) {
                    throw new ViewCapacityExceededException("hash index full: " + capacity + " keys, cannot add key " + key);
                }
                buffer.putInt(offset + VALUE_OFFSET, value);
                buffer.putLongRelease(offset, key);
                size++;
                return;
            }
            slot = (slot + 1) & mask;
        }
    }

    /** Any thread: the value mapped to {@code key}, or {@link #MISSING}. */
    public int get(long key) {
        if (key == EMPTY_KEY) {
            return MISSING;
        }
        int slot = slotOf(key);
        while (true) {
            int offset = slot * SLOT_LENGTH;
            long found = buffer.getLongAcquire(offset);
            if (found == key) {
                return buffer.getIntAcquire(offset + VALUE_OFFSET);
            }
            if (found == EMPTY_KEY) {
                return MISSING;
            }
            slot = (slot + 1) & mask;
        }
    }

    private int slotOf(long key) {
        // Ids are often sequential: mix the bits (the 64-bit finaliser of MurmurHash3) so they spread.
        long h = key;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & mask;
    }
}
