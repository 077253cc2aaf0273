package io.ringtail.journal;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.ByteBuffer;
import java.util.zip.CRC32C;

/**
 * CRC32C over a {@link DirectBuffer} region without allocating. The JDK's intrinsic works on arrays and
 * ByteBuffers only (its raw-address entry point is private and java.util.zip is not opened to us), so
 * memory that is neither, such as Chronicle's mapped file, is first copied into a reused direct buffer;
 * a memcpy of an entry costs far less than the CRC itself. One instance per thread.
 */
final class EntryChecksum {
    private final CRC32C crc = new CRC32C();
    private ByteBuffer scratch = ByteBuffer.allocateDirect(4096);
    private final UnsafeBuffer scratchView = new UnsafeBuffer(scratch);
    private ByteBuffer viewedSource;
    private ByteBuffer sourceView;

    int compute(DirectBuffer buffer, int offset, int length) {
        crc.reset();
        update(buffer, offset, length);
        return (int) crc.getValue();
    }

    /** Starts a checksum built from several regions with {@link #update} and read with {@link #value()}. */
    void begin() {
        crc.reset();
    }

    int value() {
        return (int) crc.getValue();
    }

    void update(DirectBuffer buffer, int offset, int length) {
        byte[] array = buffer.byteArray();
        ByteBuffer source = buffer.byteBuffer();
        if (array != null) {
            crc.update(array, buffer.wrapAdjustment() + offset, length);
        } else if (source != null) {
            // A ByteBuffer-backed region (the writer's staging buffer) is checksummed where it lies; the
            // duplicate is made once per backing buffer so that position and limit can move freely.
            if (source != viewedSource) {
                viewedSource = source;
                sourceView = source.duplicate();
            }
            int start = buffer.wrapAdjustment() + offset;
            sourceView.clear();
            sourceView.position(start).limit(start + length);
            crc.update(sourceView);
        } else {
            if (scratch.capacity() < length) {
                // Grows to the largest entry seen, so steady state does not allocate.
                scratch = ByteBuffer.allocateDirect(Integer.highestOneBit(length) << 1);
                scratchView.wrap(scratch);
            }
            scratchView.putBytes(0, buffer, offset, length);
            scratch.clear().limit(length);
            crc.update(scratch);
        }
    }
}
