package io.ringtail.journal;

import org.agrona.DirectBuffer;

/**
 * Appends entries to the journal. Single-threaded: only the writer thread that owns it may call it.
 * An entry is the event records of one command, back to back, with sequences continuing the journal's.
 */
public interface JournalAppender extends AutoCloseable {
    /**
     * Appends one entry atomically: after a crash either the whole entry is read back or none of it.
     *
     * @param eventCount   number of records in the entry (at least 1)
     * @param lastSequence sequence of the entry's last record
     * @throws JournalException when the entry cannot be written (nothing of it is visible then)
     */
    void append(DirectBuffer records, int offset, int length, int eventCount, long lastSequence);

    /** Called at the end of a ring batch, before any reply of that batch: forces to disk in SYNC mode. */
    void endOfBatch();

    /** Sequence of the last record appended (or recovered at open); 0 when the journal is empty. */
    long lastSequence();

    @Override
    void close();
}
