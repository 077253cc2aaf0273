package io.ringtail.engine;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.EventTranslatorTwoArg;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import io.ringtail.engine.domain.Domain;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalAppender;
import io.ringtail.journal.JournalConfig;
import io.ringtail.journal.JournalOpenReport;
import io.ringtail.journal.snapshot.SnapshotStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Builds and owns the write side. This constructor is the map of the hot path:
 *
 * <pre>
 *  producers (gateway event loops, tests, benchmarks)
 *     │ 1. tryPublish: claim a slot without blocking; a full ring returns false (HTTP 503)
 *     ▼
 *  ┌──────────────── RingBuffer&lt;CommandSlot&gt; (multi-producer, pre-allocated) ────────────────┐
 *  └──────────────────────────────────────────┬───────────────────────────────────────────────┘
 *                                             │ 2. one writer thread "ringtail-writer"
 *                                             ▼
 *  BusinessLogicHandler ─▶ CommandProcessor: handle (decide, no mutation) → apply events → append
 *                                             │ 3. end of batch: JournalAppender.endOfBatch()
 *                                             │    (SYNC: force to disk = group commit)
 *                                             ▼
 *                          ReplyListener.onReply(slot) for every command of the batch
 *                                             │ 4. SnapshotScheduler: when the policy says due, serialize
 *                                             │    the state into a staging buffer (skipped if busy)
 *                                             ▼
 *                          SnapshotWriter thread "ringtail-snapshot" ─▶ SnapshotStore files
 *
 *                          (with a snapshot replica, steps 4 and 5 are replaced: the SnapshotReplica thread
 *                          "ringtail-snapshot-replica" folds committed entries into a second domain and
 *                          writes the snapshots itself; the writer does nothing for them)
 *
 *  Journal (Chronicle Queue) ◀── appended by step 2, read by recovery before step 1 opens and by
 *                                projections at any time, each with its own reader
 * </pre>
 *
 * Start-up recovers before the ring opens: the newest usable state snapshot is restored and the journal
 * after it replayed through the same applier the writer uses (or, without one, the whole journal), and
 * sequences continue from the last journaled event.
 */
public final class Engine implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

    private static final EventTranslatorTwoArg<CommandSlot, CommandWriter<Object>, Object> TRANSLATOR =
        (slot, sequence, writer, argument) -> writer.write(slot, argument);

    private final EngineConfig config;
    private final Domain domain;
    private final Journal journal;
    private final JournalAppender appender;
    private final WriterCounters counters = new WriterCounters();
    private final SnapshotCounters snapshotCounters = new SnapshotCounters();
    private final SnapshotStore snapshotStore;
    private final SnapshotWriter snapshotWriter;
    private final SnapshotReplica snapshotReplica;
    private final RingBuffer<CommandSlot> ring;
    private final CommandProcessor processor;
    private final BatchEventProcessor<CommandSlot> writer;
    private final Thread writerThread;
    private final RecoveryReport recovery;
    private volatile boolean accepting = true;
    private volatile boolean closed;

    /** Opens the journal in the configured data directory, recovers the domain from it, starts the writer. */
    public Engine(EngineConfig config, Domain domain, ReplyListener replies) {
        this(config, domain, null, replies);
    }

    /**
     * As {@link #Engine(EngineConfig, Domain, ReplyListener)}, with snapshots taken by a replica instead of the
     * writer (see {@link SnapshotReplica}): the writer never pauses to capture one.
     *
     * @param snapshotReplica a second, fresh instance of the same domain (same configuration), or null to have
     *                        the writer capture snapshots itself
     */
    public Engine(EngineConfig config, Domain domain, Domain snapshotReplica, ReplyListener replies) {
        this.config = config.conclude();
        this.domain = domain;
        this.journal = config.journalEnabled()
            ? Journal.open(new JournalConfig(config.journalDirectory(), config.durability())) : null;
        SnapshotWriter startedSnapshotWriter = null;
        SnapshotReplica replica = null;
        try {
            SnapshotScheduler snapshots = null;
            if (journal != null) {
                JournalOpenReport opened = journal.openReport();
                this.snapshotStore = new SnapshotStore(config.snapshotDirectory(), config.snapshotPolicy().keep());
                this.recovery = StateRecovery.recover(journal, domain, snapshotStore);
                this.appender = journal.createAppender();
                this.processor = new CommandProcessor(domain, appender, this::rebuildFromJournal,
                    recovery.lastSequence(), opened.lastCommandId(), counters);
                if (config.snapshotPolicy().enabled() && domain.snapshotCodec().isPresent() && snapshotReplica != null) {
                    replica = SnapshotReplica.startingFrom(journal, domain, snapshotReplica, snapshotStore,
                        config.snapshotPolicy(), snapshotCounters, recovery);
                }
                if (replica == null && config.snapshotPolicy().enabled() && domain.snapshotCodec().isPresent()) {
                    startedSnapshotWriter = new SnapshotWriter(snapshotStore, snapshotCounters);
                    snapshots = new SnapshotScheduler(config.snapshotPolicy(), domain.snapshotCodec().get(),
                        startedSnapshotWriter, snapshotCounters, recovery.snapshotSequence());
                }
            } else {
                domain.reset();
                this.snapshotStore = null;
                this.recovery = new RecoveryReport(0, 0, new JournalOpenReport(0, 0, 0, 0, ""), 0, 0, null, 0);
                this.appender = new DiscardingJournalAppender();
                this.processor = new CommandProcessor(domain, appender, () -> {
                    throw new IllegalStateException("engine runs without a journal: state cannot be restored");
                }, 0, 0, counters);
            }

            this.ring = RingBuffer.createMultiProducer(CommandSlot::new, config.ringSize(), config.waitStrategy().create());
            BusinessLogicHandler handler = new BusinessLogicHandler(ring, processor, replies,
                e -> LOG.error("reply listener failed; the writer carries on", e), snapshots);
            this.writer = new BatchEventProcessorBuilder()
                .setMaxBatchSize(config.maxBatchSize())
                .build(ring, ring.newBarrier(), handler);
            writer.setExceptionHandler(new WriterExceptionHandler());
            ring.addGatingSequences(writer.getSequence());
            this.writerThread = new Thread(writer, "ringtail-writer");
            writerThread.setDaemon(false);
            this.snapshotWriter = startedSnapshotWriter;
            this.snapshotReplica = replica;
            writerThread.start();
            if (replica != null) {
                replica.start();
            }
        } catch (RuntimeException | Error e) {
            if (startedSnapshotWriter != null) {
                startedSnapshotWriter.close(1_000);
            }
            if (journal != null) {
                journal.close();
            }
            throw e;
        }
        if (journal == null) {
            LOG.warn("engine started WITHOUT a journal (measurement only: nothing is durable or recoverable): {}", config);
            return;
        }
        LOG.info("engine started: {} recovered to sequence {} in {} ms from {} and {} journaled events{}", config,
            recovery.lastSequence(), TimeUnit.NANOSECONDS.toMillis(recovery.nanos()),
            recovery.fromSnapshot() ? "snapshot " + recovery.snapshotFile() : "no snapshot", recovery.events(),
            recovery.journal().tornTailDetected() ? " (torn tail: " + recovery.journal().detail() + ")" : "");
    }

    /**
     * Claims a slot, lets {@code writer} fill it and publishes it, without blocking.
     *
     * @return false when the ring is full or the engine is closing: the caller answers "try later"
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <A> boolean tryPublish(CommandWriter<A> writer, A argument) {
        if (!accepting) {
            return false;
        }
        return ring.tryPublishEvent((EventTranslatorTwoArg) TRANSLATOR, writer, argument);
    }

    public RecoveryReport recovery() {
        return recovery;
    }

    public WriterCounters counters() {
        return counters;
    }

    public SnapshotCounters snapshotCounters() {
        return snapshotCounters;
    }

    /** @throws IllegalStateException when the engine runs without a journal (measurement only) */
    public Journal journal() {
        if (journal == null) {
            throw new IllegalStateException("engine runs without a journal");
        }
        return journal;
    }

    public long ringCapacity() {
        return ring.getBufferSize();
    }

    public long ringRemainingCapacity() {
        return ring.remainingCapacity();
    }

    /** Sequence of the last event journaled; readable from any thread. */
    public long headSequence() {
        // Without a journal, events counted by the writer stand in: sequences start at 1 and have no gaps.
        return journal != null ? journal.headSequence() : counters.eventsAppended();
    }

    public boolean writerAlive() {
        return writerThread.isAlive() && writer.isRunning();
    }

    /**
     * The domain. Its state belongs to the writer thread: read it only after {@link #close()} (tests),
     * never while the engine runs.
     */
    public Domain domain() {
        return domain;
    }

    public EngineConfig config() {
        return config;
    }

    /**
     * Stops taking commands, lets the writer finish every command already in the ring (replies included),
     * then closes the journal. Safe to call twice.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        accepting = false;
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(config.shutdownTimeoutMillis());
        while (writer.getSequence().get() < ring.getCursor() && System.nanoTime() < deadline && writerThread.isAlive()) {
            LockSupport.parkNanos(100_000);
        }
        if (writer.getSequence().get() < ring.getCursor()) {
            LOG.warn("shutdown timed out with {} commands unprocessed; they were never acknowledged",
                ring.getCursor() - writer.getSequence().get());
        }
        writer.halt();
        try {
            writerThread.join(config.shutdownTimeoutMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closed = true;
        if (snapshotWriter != null) {
            snapshotWriter.close(config.shutdownTimeoutMillis());
        }
        if (snapshotReplica != null) {
            snapshotReplica.close(config.shutdownTimeoutMillis());
        }
        appender.close();
        if (journal != null) {
            journal.close();
        }
        LOG.info("engine stopped at sequence {}", processor.lastSequence());
    }

    private long rebuildFromJournal() {
        RecoveryReport rebuilt = StateRecovery.recover(journal, domain, snapshotStore);
        LOG.warn("domain state rebuilt after a failed command from {} and {} journaled events to sequence {}",
            rebuilt.fromSnapshot() ? "snapshot " + rebuilt.snapshotFile() : "no snapshot", rebuilt.events(),
            rebuilt.lastSequence());
        return rebuilt.lastSequence();
    }

    /** Nothing may kill the writer thread: a throw escaping the handler is logged and the ring goes on. */
    private static final class WriterExceptionHandler implements ExceptionHandler<CommandSlot> {
        @Override
        public void handleEventException(Throwable ex, long sequence, CommandSlot event) {
            LOG.error("writer failed on ring sequence {}; carrying on", sequence, ex);
        }

        @Override
        public void handleOnStartException(Throwable ex) {
            LOG.error("writer failed to start", ex);
        }

        @Override
        public void handleOnShutdownException(Throwable ex) {
            LOG.error("writer failed to stop cleanly", ex);
        }
    }
}
