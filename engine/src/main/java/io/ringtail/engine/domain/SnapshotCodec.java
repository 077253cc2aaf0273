package io.ringtail.engine.domain;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Writes a domain's whole state into a buffer and reads it back, so recovery can start from a snapshot and
 * replay only the journal after it. A restored state must equal the captured one in everything that
 * {@link Domain#stateHash()} covers and in everything that shapes future replies and events.
 *
 * <p>Called on the writer thread (write, at a batch boundary) and by recovery before that thread starts
 * (read); never concurrently with command handling. Like the rest of the domain: no clock, log or I/O.
 */
public interface SnapshotCodec {
    /** The layout version written by {@link #write}; stored with the snapshot and handed back to {@link #read}. */
    int formatVersion();

    /**
     * Writes the whole state from offset 0 of {@code buffer}, which grows as needed (it is expandable), and
     * returns the number of bytes written. Must not allocate per entry: it runs on the writer thread.
     */
    int write(MutableDirectBuffer buffer);

    /**
     * Reads a state written by {@link #write} from {@code buffer[0, length)} into the domain, which has just
     * been reset. Throws (any runtime exception) when the bytes cannot be restored, e.g. an unknown format
     * version or a state that no longer fits the configured capacities; the caller then resets the domain
     * and recovers another way.
     */
    void read(DirectBuffer buffer, int length, int formatVersion);
}
