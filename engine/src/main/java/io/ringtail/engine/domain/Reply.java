package io.ringtail.engine.domain;

import org.agrona.MutableDirectBuffer;

/** The domain's part of a command's reply: a small fixed layout the domain's gateway code decodes. */
public interface Reply {
    int CAPACITY = 64;

    /** {@link #CAPACITY} bytes, zeroed before each command. */
    MutableDirectBuffer replyBuffer();

    /**
     * Sets the version token of an accepted command that emitted nothing (an idempotent retry answers
     * with the original version). Commands that emit events get the sequence of their last event.
     */
    void version(long version);
}
