package io.ringtail.engine.projection;

import io.ringtail.journal.EventRecordHandler;

/**
 * Where a projection reads events from, in sequence order: a journal reader in process today, a replica's
 * feed tomorrow. The projection agent owns its source and uses it from its thread only.
 */
public interface EventSource extends AutoCloseable {
    /** The next record delivered is the first with sequence &gt;= {@code sequence}. */
    void seek(long sequence);

    /** Delivers the records of up to {@code maxEntries} entries available now; returns records delivered. */
    int poll(EventRecordHandler handler, int maxEntries);

    /** Sequence of the last event the source holds now (0 when empty); any thread. */
    long headSequence();

    @Override
    void close();
}
