package io.ringtail.engine.view;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.lang.invoke.VarHandle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Fixed-capacity open-addressing hash map from a long key to a non-negative int (typically a record index)
 * in direct memory: ONE writer thread, any number of reader threads probing without locks.
 *
 * <p>Slots are 16 bytes: key (8), value (4), padding (4); linear probing; a reader stops at the first
 * empty slot.
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
    private final AtomicLong removals = new AtomicLong();
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
        while (true) {
            long before = removals.getAcquire();
            if ((before & 1) == 0) {
                int value = probe(key);
                VarHandle.loadLoadFence();
                if (removals.getAcquire() == before) {
                    return value;
                }
            }
            Thread.onSpinWait();
        }
    }

    private int probe(long key) {
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

    /**
     * Writer only: removes {@code key}, shifting the rest of its probe chain back so lookups stay short.
     *
     * @return the value it had, or {@link #MISSING} when it was not present (nothing changes then)
     */
    public int remove(long key) {
        if (key == EMPTY_KEY) {
            return MISSING;
        }
        int hole = slotOf(key);
        while (true) {
            long found = buffer.getLong(hole * SLOT_LENGTH);
            if (found == key) {
                break;
            }
            if (found == EMPTY_KEY) {
                return MISSING;
            }
            hole = (hole + 1) & mask;
        }
        int removed = buffer.getInt(hole * SLOT_LENGTH + VALUE_OFFSET);
        long count = removals.get();
        removals.setRelease(count + 1);
        VarHandle.storeStoreFence();
        int slot = hole;
        while (true) {
            slot = (slot + 1) & mask;
            int offset = slot * SLOT_LENGTH;
            long moving = buffer.getLong(offset);
            if (moving == EMPTY_KEY) {
                break;
            }
            // The entry may fill the hole only if the hole lies on its probe path: from its home slot to here.
            int home = slotOf(moving);
            if (((slot - home) & mask) >= ((slot - hole) & mask)) {
                int holeOffset = hole * SLOT_LENGTH;
                buffer.putInt(holeOffset + VALUE_OFFSET, buffer.getInt(offset + VALUE_OFFSET));
                buffer.putLongRelease(holeOffset, moving);
                hole = slot;
            }
        }
        buffer.putLongRelease(hole * SLOT_LENGTH, EMPTY_KEY);
        size--;
        removals.setRelease(count + 2);
        return removed;
    }

    /** Writer only: bytes {@link #snapshotTo} writes. */
    public int snapshotLength() {
        return 2 * Integer.BYTES + buffer.capacity();
    }

    /** Writer only: copies the table (plain memory, no reader protocol needed by its own writer). @return the end offset */
    public int snapshotTo(MutableDirectBuffer into, int offset) {
        into.putInt(offset, mask + 1);
        into.putInt(offset + 4, size);
        into.putBytes(offset + 8, buffer, 0, buffer.capacity());
        return offset + snapshotLength();
    }

    /** Before any reader sees this index: replaces its contents with a snapshot's. @return the end offset */
    public int restoreFrom(DirectBuffer from, int offset) {
        int slots = from.getInt(offset);
        int keys = from.getInt(offset + 4);
        if (slots != mask + 1 || keys < 0 || keys > capacity) {
            throw new IllegalStateException("snapshot of a hash index with " + slots + " slots and " + keys
                + " keys does not fit this one of " + (mask + 1) + " slots for " + capacity + " keys");
        }
        buffer.putBytes(0, from, offset + 8, buffer.capacity());
        size = keys;
        return offset + snapshotLength();
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
