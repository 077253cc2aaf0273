package io.ringtail.journal;

/**
 * Reads records in sequence order with its own tailer. Not thread-safe: one thread per reader.
 */
public final class JournalReader implements AutoCloseable {

    /**
     * Positions the reader so that the next record delivered is the first with sequence &gt;= {@code sequence}
     * (records before it in the same entry are skipped).
     */
    public void seek(long sequence) {
        throw new UnsupportedOperationException();
    }

    /**
     * Delivers the records of up to {@code maxEntries} whole entries that are available now.
     *
     * @return the number of records delivered; 0 when nothing new is available
     * @throws JournalException on a corrupt entry that is not a recognised torn tail
     */
    public int poll(EventRecordHandler handler, int maxEntries) {
        throw new UnsupportedOperationException();
    }

    /** Sequence of the last record delivered (or skipped by seek); 0 before any. */
    public long lastSequence() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
