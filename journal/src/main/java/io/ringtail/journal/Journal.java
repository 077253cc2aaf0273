package io.ringtail.journal;

import net.openhft.chronicle.queue.impl.single.SingleChronicleQueue;
import net.openhft.chronicle.queue.impl.single.SingleChronicleQueueBuilder;
import net.openhft.chronicle.queue.rollcycles.LargeRollCycles;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The event journal over Chronicle Queue: the single source of truth. One appender (the writer
 * thread's), any number of readers, each with its own tailer.
 */
public final class Journal implements AutoCloseable {
    private final JournalConfig config;
    private final SingleChronicleQueue queue;
    private final JournalOpenReport openReport;
    private final AtomicLong headSequence;
    private final WriterLock lock;
    private final CommitSignal commitSignal;
    private ChronicleJournalAppender appender;

    private Journal(JournalConfig config, SingleChronicleQueue queue, JournalOpenReport openReport, WriterLock lock) {
        this.lock = lock;
        this.config = config;
        this.queue = queue;
        this.openReport = openReport;
        this.headSequence = new AtomicLong(openReport.lastSequence());
        this.commitSignal = new CommitSignal(headSequence);
    }

    /**
     * Opens (creating if needed) the journal for writing and checks its tail; see {@link #openReport()}.
     *
     * @throws JournalException when another process (or another open journal here) already has it open
     */
    public static Journal open(JournalConfig config) {
        WriterLock lock = WriterLock.acquire(config.directory());
        SingleChronicleQueue queue;
        try {
            queue = SingleChronicleQueueBuilder.binary(config.directory())
                    // One file per day keeps files easy to archive by trading day; LARGE_DAILY allows 2^37
                    // entries a day (≈1.6M/s sustained for 24 h), where FAST_DAILY's 2^32 would run out after
                    // about 35 minutes at the 2M commands/s the engine aims for.
                    .rollCycle(LargeRollCycles.LARGE_DAILY)
                    .build();
        } catch (RuntimeException e) {
            lock.close();
            throw new JournalException("cannot open journal in " + config.directory(), e);
        }
        try {
            return new Journal(config, queue, new JournalRecovery(queue).recover(), lock);
        } catch (RuntimeException e) {
            queue.close();
            lock.close();
            throw e instanceof JournalException ? e : new JournalException("cannot recover journal in " + config.directory(), e);
        }
    }

    public JournalOpenReport openReport() {
        return openReport;
    }

    /** The one appender; a second call throws {@link IllegalStateException}. */
    public synchronized JournalAppender createAppender() {
        if (appender != null) {
            throw new IllegalStateException("the journal has one appender and it was already created");
        }
        appender = new ChronicleJournalAppender(queue, this, openReport.lastSequence(), config.durability());
        return appender;
    }

    /** A new reader positioned before the first record. Readers may be used from any one thread each. */
    public JournalReader createReader() {
        return new JournalReader(queue, this);
    }

    /** Sequence of the last record appended and visible to readers; 0 when empty. Any thread. */
    public long headSequence() {
        return headSequence.get();
    }

    public JournalConfig config() {
        return config;
    }

    /** Wakes reader threads parked until the head moves (see {@link CommitSignal}). */
    public CommitSignal commitSignal() {
        return commitSignal;
    }

    /**
     * Readers that see the new head also see the entry, which was written before. The store is volatile, not
     * merely ordered, so that the waiter flags {@link CommitSignal#signal()} reads next cannot be read before
     * it: that pairing is what keeps a parking reader from missing this commit.
     */
    void publishHead(long sequence) {
        headSequence.set(sequence);
        commitSignal.signal();
    }

    SingleChronicleQueue queue() {
        return queue;
    }

    @Override
    public synchronized void close() {
        try {
            if (appender != null) {
                appender.close();
            }
            queue.close();
        } finally {
            lock.close();
        }
    }
}
