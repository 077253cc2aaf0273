package io.ringtail.journal.snapshot;

import org.agrona.DirectBuffer;
import org.agrona.IoUtil;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.MappedByteBuffer;
import java.nio.file.Path;

/** A validated snapshot file, mapped read-only. The payload is valid until {@link #close()}. */
public final class LoadedSnapshot implements AutoCloseable {
    private final long sequence;
    private final int formatVersion;
    private final Path file;
    private final MappedByteBuffer mapping;
    private final UnsafeBuffer payload;
    private boolean closed;

    LoadedSnapshot(long sequence, int formatVersion, Path file, MappedByteBuffer mapping, int payloadLength) {
        this.sequence = sequence;
        this.formatVersion = formatVersion;
        this.file = file;
        this.mapping = mapping;
        this.payload = new UnsafeBuffer(mapping, SnapshotFormat.HEADER_LENGTH, payloadLength);
    }

    public long sequence() {
        return sequence;
    }

    public int formatVersion() {
        return formatVersion;
    }

    public Path file() {
        return file;
    }

    /** Read-only: the mapping is read-only, so writing through a cast would crash the JVM. */
    public DirectBuffer payload() {
        return payload;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        payload.wrap(new byte[0]);
        IoUtil.unmap(mapping);
    }
}
