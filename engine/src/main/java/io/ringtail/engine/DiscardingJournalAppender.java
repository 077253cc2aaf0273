package io.ringtail.engine;

import io.ringtail.journal.JournalAppender;
import org.agrona.DirectBuffer;

import java.util.concurrent.atomic.AtomicLong;

/**
 * A journal appender that keeps nothing: for measuring the writer alone and for domain tests that need no
 * durability. An engine on it cannot recover, so it is never the server's default. The last sequence is
 * published with an ordered store, so other threads may read it as the head.
 */
public final class DiscardingJournalAppender implements JournalAppender {
    private final AtomicLong lastSequence = new AtomicLong();

    @Override
    public void append(DirectBuffer records, int offset, int length, int eventCount, long lastSequence) {
        this.lastSequence.lazySet(lastSequence);
    }

    @Override
    public void endOfBatch() {
    }

    @Override
    public long lastSequence() {
        return lastSequence.get();
    }

    @Override
    public void close() {
    }
}
