package io.ringtail.engine.domain;

import org.agrona.MutableDirectBuffer;

/** Where a command handler writes the events it emits; they are applied and journaled after it returns. */
public interface EventSink {
    /**
     * Claims space for one event and writes its header.
     *
     * @return the offset in {@link #buffer()} at which to write {@code bodyLength} bytes of body
     */
    int claim(int typeId, int schemaVersion, int bodyLength);

    MutableDirectBuffer buffer();

    /** The sequence the next claimed event will get. */
    long nextSequence();

    /** Events claimed so far for the current command. */
    int eventCount();
}
