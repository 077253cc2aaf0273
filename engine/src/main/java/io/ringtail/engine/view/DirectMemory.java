package io.ringtail.engine.view;

import org.agrona.BufferUtil;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Allocates the zeroed, cache-line aligned direct memory the view structures live in. The memory is
 * released by the garbage collector with its buffer, never explicitly: a reader thread may still be
 * inside a structure when its owner is dropped, and freeing under it would crash the process.
 */
final class DirectMemory {
    static final int CACHE_LINE = 64;

    private DirectMemory() {
    }

    static UnsafeBuffer allocate(long bytes, String what) {
        if (bytes <= 0 || bytes > Integer.MAX_VALUE - CACHE_LINE) {
            throw new IllegalArgumentException(what + " needs " + bytes + " bytes; one structure holds 1..2 GiB");
        }
        return new UnsafeBuffer(BufferUtil.allocateDirectAligned((int) bytes, CACHE_LINE));
    }

    static int alignTo8(int length) {
        return (length + 7) & ~7;
    }
}
