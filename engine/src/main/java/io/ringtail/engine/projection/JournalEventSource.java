package io.ringtail.engine.projection;

import io.ringtail.journal.EventRecordHandler;
import io.ringtail.journal.JournalReader;

/** A projection's own reader of the in-process journal. */
public final class JournalEventSource implements EventSource {
    private final JournalReader reader;

    public JournalEventSource(JournalReader reader) {
        this.reader = reader;
    }

    @Override
    public void seek(long sequence) {
        reader.seek(sequence);
    }

    @Override
    public int poll(EventRecordHandler handler, int maxEntries) {
        return reader.poll(handler, maxEntries);
    }

    @Override
    public long headSequence() {
        return reader.headSequence();
    }

    @Override
    public void close() {
        reader.close();
    }
}
