package io.ringtail.engine.view;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Hands out the indices 0..capacity-1 of a fixed array of records and takes them back: never-used indices
 * in order, then released ones, most recently released first. Writer thread only; the stack lives in
 * direct memory so a snapshot copies it as bytes.
 */
final class FreeSlots {
    static final int NONE = -1;

    private final int capacity;
    private final UnsafeBuffer released;
    private int highWater;
    private int releasedCount;

    FreeSlots(int capacity) {
        this.capacity = capacity;
        this.released = DirectMemory.allocate((long) capacity * Integer.BYTES, "free slots");
    }

    /** Indices handed out at least once: every index in use is below it. */
    int highWater() {
        return highWater;
    }

    int inUse() {
        return highWater - releasedCount;
    }

    /** The index {@link #take()} would return, or {@link #NONE} when all are in use; changes nothing. */
    int peek() {
        if (releasedCount > 0) {
            return released.getInt((releasedCount - 1) * Integer.BYTES);
        }
        return highWater < capacity ? highWater : NONE;
    }

    int take() {
        if (releasedCount > 0) {
            return released.getInt(--releasedCount * Integer.BYTES);
        }
        return highWater < capacity ? highWater++ : NONE;
    }

    void release(int index) {
        released.putInt(releasedCount++ * Integer.BYTES, index);
    }

    int snapshotLength() {
        return 2 * Integer.BYTES + releasedCount * Integer.BYTES;
    }

    int snapshotTo(MutableDirectBuffer into, int offset) {
        into.putInt(offset, highWater);
        into.putInt(offset + 4, releasedCount);
        into.putBytes(offset + 8, released, 0, releasedCount * Integer.BYTES);
        return offset + snapshotLength();
    }

    int restoreFrom(DirectBuffer from, int offset) {
        int water = from.getInt(offset);
        int count = from.getInt(offset + 4);
        if (water < 0 || water > capacity || count < 0 || count > water) {
            throw new IllegalStateException("snapshot of free slots (" + water + " used, " + count + " free) does not fit "
                + capacity + " slots");
        }
        highWater = water;
        releasedCount = count;
        released.putBytes(0, from, offset + 8, count * Integer.BYTES);
        return offset + snapshotLength();
    }
}
