package io.ringtail.journal;

/**
 * The event journal over Chronicle Queue: the single source of truth. One appender (the writer
 * thread's), any number of readers, each with its own tailer.
 */
public final class Journal implements AutoCloseable {

    /** Opens (creating if needed) the journal and checks its tail; see {@link #openReport()}. */
    public static Journal open(JournalConfig config) {
        throw new UnsupportedOperationException("journal helper implements");
    }

    public JournalOpenReport openReport() {
        throw new UnsupportedOperationException();
    }

    /** The one appender; a second call throws {@link IllegalStateException}. */
    public JournalAppender createAppender() {
        throw new UnsupportedOperationException();
    }

    /** A new reader positioned before the first record. Readers may be used from any one thread each. */
    public JournalReader createReader() {
        throw new UnsupportedOperationException();
    }

    /** Sequence of the last record appended and visible to readers; 0 when empty. Any thread. */
    public long headSequence() {
        throw new UnsupportedOperationException();
    }

    public JournalConfig config() {
        throw new UnsupportedOperationException();
    }

    @Override
    public void close() {
        throw new UnsupportedOperationException();
    }
}
