package io.ringtail.engine.view;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.lang.invoke.VarHandle;

/**
 * Fixed-capacity array of fixed-length records in direct memory: ONE writer thread, any number of reader
 * threads, readers never block the writer and never return a torn record.
 *
 * <p>Each slot is an 8-byte version word followed by the record, padded to 8 bytes. Version 0 means never
 * written; odd means a write is in progress.
 * <ul>
 *   <li>Writer: version := v + 1 (odd) with a release store, then a store-store fence so the field writes
 *       cannot become visible before the odd version; write fields with plain stores; version := v + 2
 *       (even) with a release store, so the fields are visible before the even version.</li>
 *   <li>Reader: v1 := version (acquire); odd → retry; copy the record; load-load fence so the copy is
 *       complete before the re-read; v2 := version; retry unless v1 == v2.</li>
 * </ul>
 * A reader may spin while the writer rewrites the same record continuously; the writer never waits.
 * The writer itself may read its own records directly at {@link #recordOffset(int)} without the protocol.
 */
public final class SeqlockRecordStore {
    private static final int VERSION_LENGTH = 8;

    private final UnsafeBuffer buffer;
    private final int capacity;
    private final int recordLength;
    private final int slotLength;

    public SeqlockRecordStore(int capacity, int recordLength) {
        if (capacity <= 0 || recordLength <= 0) {
            throw new IllegalArgumentException("capacity and record length must be positive: " + capacity + ", " + recordLength);
        }
        this.capacity = capacity;
        this.recordLength = recordLength;
        this.slotLength = DirectMemory.alignTo8(VERSION_LENGTH + recordLength);
        this.buffer = DirectMemory.allocate((long) capacity * slotLength, "record store");
    }

    public int capacity() {
        return capacity;
    }

    public int recordLength() {
        return recordLength;
    }

    /** Bytes of direct memory held. */
    public long directMemoryBytes() {
        return buffer.capacity();
    }

    /** The store's memory, for the writer to write fields at {@link #beginWrite(int)}'s offset. */
    public MutableDirectBuffer buffer() {
        return buffer;
    }

    /** Offset of a record's first field in {@link #buffer()}; the writer may read there freely. */
    public int recordOffset(int index) {
        checkIndex(index);
        return index * slotLength + VERSION_LENGTH;
    }

    /** Writer only: marks the record as being written and returns the offset to write its fields at. */
    public int beginWrite(int index) {
        checkIndex(index);
        int versionOffset = index * slotLength;
        long version = buffer.getLong(versionOffset);
        if ((version & 1) != 0) {
            throw new IllegalStateException("record " + index + " is already being written");
        }
        buffer.putLongRelease(versionOffset, version + 1);
        VarHandle.storeStoreFence();
        return versionOffset + VERSION_LENGTH;
    }

    /** Writer only: publishes the fields written since {@link #beginWrite(int)}. */
    public void endWrite(int index) {
        int versionOffset = index * slotLength;
        long version = buffer.getLong(versionOffset);
        if ((version & 1) == 0) {
            throw new IllegalStateException("record " + index + " is not being written");
        }
        buffer.putLongRelease(versionOffset, version + 1);
    }

    /** Writer only: replaces a whole record with {@code recordLength} bytes from {@code source}. */
    public void write(int index, DirectBuffer source, int sourceOffset) {
        int offset = beginWrite(index);
        buffer.putBytes(offset, source, sourceOffset, recordLength);
        endWrite(index);
    }

    /** Writer only, or any thread as a hint: whether the record has ever been written. */
    public boolean isWritten(int index) {
        checkIndex(index);
        return buffer.getLongAcquire(index * slotLength) != 0;
    }

    /**
     * Any thread: copies a consistent image of the record into {@code into} at {@code offset}.
     *
     * @return false if the record was never written ({@code into} is then untouched)
     */
    public boolean read(int index, MutableDirectBuffer into, int offset) {
        checkIndex(index);
        int versionOffset = index * slotLength;
        while (true) {
            long before = buffer.getLongAcquire(versionOffset);
            if (before == 0) {
                return false;
            }
            if ((before & 1) == 0) {
                into.putBytes(offset, buffer, versionOffset + VERSION_LENGTH, recordLength);
                VarHandle.loadLoadFence();
                if (buffer.getLongAcquire(versionOffset) == before) {
                    return true;
                }
            }
            Thread.onSpinWait();
        }
    }

    /** Writer only: bytes {@link #snapshotTo} writes for records 0..{@code count}-1. */
    public int snapshotLength(int count) {
        return 3 * Integer.BYTES + count * slotLength;
    }

    /**
     * Writer only: copies records 0..{@code count}-1 as they are in memory, version words included (all even:
     * the writer is between writes). @return the end offset
     */
    public int snapshotTo(int count, MutableDirectBuffer into, int offset) {
        into.putInt(offset, count);
        into.putInt(offset + 4, recordLength);
        into.putInt(offset + 8, slotLength);
        into.putBytes(offset + 12, buffer, 0, count * slotLength);
        return offset + snapshotLength(count);
    }

    /** Before any reader sees this store: replaces its first records with a snapshot's. @return the end offset */
    public int restoreFrom(DirectBuffer from, int offset) {
        int count = from.getInt(offset);
        if (count < 0 || count > capacity || from.getInt(offset + 4) != recordLength || from.getInt(offset + 8) != slotLength) {
            throw new IllegalStateException("snapshot of " + count + " records of " + from.getInt(offset + 4)
                + " bytes does not fit this store of " + capacity + " records of " + recordLength + " bytes");
        }
        buffer.putBytes(0, from, offset + 12, count * slotLength);
        return offset + snapshotLength(count);
    }

    private void checkIndex(int index) {
        if (index < 0 || index >= capacity) {
            throw new IndexOutOfBoundsException("record " + index + " outside 0.." + (capacity - 1));
        }
    }
}
