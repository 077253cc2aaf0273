package io.ringtail.engine.snapshot;

import io.ringtail.engine.domain.SnapshotCodec;
import org.agrona.ExpandableDirectByteBuffer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;

/**
 * Serializes a domain's state into a staging buffer that is reused (steady state does not allocate), timing
 * and counting it; a codec failure is logged and counted, never thrown. One thread only: the writer's
 * scheduler, or the replica.
 */
final class SnapshotCapture {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotCapture.class);
    private static final int INITIAL_STAGING_BYTES = 64 * 1024;

    private final SnapshotCodec codec;
    private final SnapshotCounters counters;
    private final ExpandableDirectByteBuffer staging = new ExpandableDirectByteBuffer(INITIAL_STAGING_BYTES);

    SnapshotCapture(SnapshotCodec codec, SnapshotCounters counters) {
        this.codec = codec;
        this.counters = counters;
    }

    /**
     * Captures the state, which holds everything up to {@code sequence}; {@code startedNanos} is when the caller
     * decided to (the capture time counts from there).
     *
     * @return the payload, valid until the next capture, or null when the codec failed
     */
    ByteBuffer capture(long sequence, long startedNanos) {
        int length;
        try {
            length = codec.write(staging);
        } catch (RuntimeException | OutOfMemoryError e) {
            counters.onFailed();
            LOG.error("capturing a snapshot at sequence {} failed; the engine carries on without it", sequence, e);
            return null;
        }
        counters.onCaptured(System.nanoTime() - startedNanos, length);
        return staging.byteBuffer().duplicate().position(0).limit(length);
    }

    int formatVersion() {
        return codec.formatVersion();
    }
}
