package io.ringtail.engine;

import com.lmax.disruptor.BatchEventProcessor;
import com.lmax.disruptor.BatchEventProcessorBuilder;
import com.lmax.disruptor.EventTranslatorTwoArg;
import com.lmax.disruptor.ExceptionHandler;
import com.lmax.disruptor.RingBuffer;
import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.engine.snapshot.EngineSnapshots;
import io.ringtail.engine.snapshot.SnapshotCounters;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalAppender;
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
 *                                             │ 4. BatchCommitListener: the snapshot scheduler, when the policy
 *                                             │    says due, serializes the state into a staging buffer
 *                                             ▼    (skipped if busy)
 *                          5. SnapshotWriterAgent "ringtail-snapshot" ─▶ SnapshotStore files
 *
 *                          (with a snapshot replica, steps 4 and 5 are replaced: the SnapshotReplicaAgent
 *                          "ringtail-snapshot-replica" folds committed entries into a second domain and
 *                          writes the snapshots itself; the writer does nothing for them)
 *
 *  EngineJournal (Chronicle Queue, or a discarding one to measure the writer alone) ◀── appended by step 2,
 *                read by recovery before step 1 opens and by projections at any time, each with its own reader
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
    private final EngineJournal journal;
    private final JournalAppender appender;
    private final WriterCounters counters = new WriterCounters();
    private final SnapshotCounters snapshotCounters = new SnapshotCounters();
    private final RecoveryReport recovery;
    private final CommandProcessor processor;
    private final EngineSnapshots snapshots;
    private final RingBuffer<CommandSlot> ring;
    private final BatchEventProcessor<CommandSlot> writer;
    private final Thread writerThread;
    private volatile boolean accepting = true;
    private volatile boolean closed;

    /** Opens the journal in the configured data directory, recovers the domain from it, starts the writer. */
    public Engine(EngineConfig config, Domain domain, ReplyListener replies) {
        this(config, domain, null, replies);
    }

    /**
     * As {@link #Engine(EngineConfig, Domain, ReplyListener)}, with snapshots taken by a replica instead of the
     * writer (see {@link EngineSnapshots}): the writer never pauses to capture one.
     *
     * @param snapshotReplica a second, fresh instance of the same domain (same configuration), or null to have
     *                        the writer capture snapshots itself
     */
    public Engine(EngineConfig config, Domain domain, Domain snapshotReplica, ReplyListener replies) {
        this.config = config.conclude();
        this.domain = domain;
        this.journal = EngineJournal.open(config);
        EngineSnapshots startedSnapshots = null;
        try {
            // Before step 1 opens: recovery, the newest snapshot and the journal tail through the writer's applier
            this.recovery = journal.recover(domain);
            this.appender = journal.createAppender();
            this.processor = new CommandProcessor(domain, appender, () -> journal.rebuild(domain),
                recovery.lastSequence(), recovery.journal().lastCommandId(), counters);
            // Steps 4 and 5: the writer's snapshot scheduler and writer agent, or a replica agent, or nothing
            startedSnapshots = EngineSnapshots.start(config, domain, snapshotReplica, journal, snapshotCounters,
                recovery);
            this.snapshots = startedSnapshots;
            // Steps 1 to 3: the ring and its one consumer, the writer, committing and replying per batch
            this.ring = RingBuffer.createMultiProducer(CommandSlot::new, config.ringSize(), config.waitStrategy().create());
            BusinessLogicHandler handler = new BusinessLogicHandler(ring, processor, replies,
                e -> LOG.error("reply listener failed; the writer carries on", e), snapshots.onBatchCommitted());
            this.writer = new BatchEventProcessorBuilder()
                .setMaxBatchSize(config.maxBatchSize())
                .build(ring, ring.newBarrier(), handler);
            writer.setExceptionHandler(new WriterExceptionHandler());
            ring.addGatingSequences(writer.getSequence());
            this.writerThread = new Thread(writer, "ringtail-writer");
            writerThread.setDaemon(false);
            writerThread.start();
        } catch (RuntimeException | Error e) {
            if (startedSnapshots != null) {
                startedSnapshots.close(1_000);
            }
            journal.close();
            throw e;
        }
        LOG.info("engine started: {} {}", config, journal.describe(recovery));
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
        return journal.journal();
    }

    public long ringCapacity() {
        return ring.getBufferSize();
    }

    public long ringRemainingCapacity() {
        return ring.remainingCapacity();
    }

    /** Sequence of the last event journaled; readable from any thread. */
    public long headSequence() {
        return journal.headSequence();
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
        snapshots.close(config.shutdownTimeoutMillis());
        appender.close();
        journal.close();
        LOG.info("engine stopped at sequence {}", processor.lastSequence());
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
