package io.ringtail.journal;

import org.agrona.DirectBuffer;

/**
 * Appends entries to the journal. Single-threaded: only the writer thread that owns it may call it.
 * An entry is the event records of one command, back to back, with sequences continuing the journal's.
 * Entries appended between two {@link #endOfBatch()} calls are committed together, atomically, at the
 * second call: readers see none of them before it.
 */
public interface JournalAppender extends AutoCloseable {
    /**
     * The most bytes of event records one entry may hold. One command's events are one entry (so a crash
     * journals all of them or none), so a command that emits more than this cannot be journaled at all.
     */
    int MAX_ENTRY_LENGTH = EntryFormat.MAX_ENTRY_LENGTH - EntryFormat.HEADER_LENGTH;

    /**
     * Adds one entry to the open batch.
     *
     * @param eventCount   number of records in the entry (at least 1)
     * @param lastSequence sequence of the entry's last record
     * @throws JournalException when the entry cannot be written: then the whole uncommitted batch is
     *                          dropped and {@link #lastSequence()} is back at the last committed record
     */
    void append(DirectBuffer records, int offset, int length, int eventCount, long lastSequence);

    /**
     * Makes sure an entry of {@code length} bytes can be appended next, before the caller changes state for
     * it: a full disk then refuses that command alone and the uncommitted batch stays intact.
     *
     * @throws JournalException when there is no room; nothing already appended is affected
     */
    default void reserve(int length) {
    }

    /**
     * Called at the end of a ring batch, before any reply of that batch: commits the batch (visible to
     * readers, in the mapped file) and in SYNC mode forces it to disk.
     *
     * @throws JournalException when the commit or the force failed; the batch must not be acknowledged
     */
    void endOfBatch();

    /** Sequence of the last record appended (or recovered at open); 0 when the journal is empty. */
    long lastSequence();

    @Override
    void close();
}
