package io.ringtail.engine.domain;

import org.agrona.DirectBuffer;

/** Read-only view of a command in its ring slot. Valid only during {@code handle}. */
public interface Command {
    int type();

    long commandId();

    /** Epoch nanos stamped before the command entered the ring: the only clock a domain sees. */
    long timestamp();

    DirectBuffer buffer();

    int length();
}
