package io.ringtail.engine;

import io.ringtail.journal.JournalAppender;
import org.agrona.DirectBuffer;

/**
 * A journal that keeps nothing: for measuring the writer alone and for domain tests that need no
 * durability. An engine on it cannot recover, so it is never the server's default.
 */
public final class DiscardingJournalAppender implements JournalAppender {
    private long lastSequence;

    @Override
    public void append(DirectBuffer records, int offset, int length, int eventCount, long lastSequence) {
        this.lastSequence = lastSequence;
    }

    @Override
    public void endOfBatch() {
    }

    @Override
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public void close() {
    }
}
