package io.ringtail.benchmarks.baseline;

import org.agrona.concurrent.UnsafeBuffer;

/** A ring slot the same size as the engine's command payload, for like-for-like baselines. */
public final class BaselineSlot {
    /** Bytes each baseline moves per message: about one place-order command's event entry. */
    public static final int MESSAGE_BYTES = 128;

    public final UnsafeBuffer payload = new UnsafeBuffer(new byte[MESSAGE_BYTES]);
    public long value;
}
