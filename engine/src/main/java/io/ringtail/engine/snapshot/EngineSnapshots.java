package io.ringtail.engine.snapshot;

import io.ringtail.engine.BatchCommitListener;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.EngineJournal;
import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.journal.Journal;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.AgentTerminationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.TimeUnit;

/**
 * The engine's state snapshots, as its policy and domain allow, each way an Agrona agent on its own thread
 * idling with the configured strategy:
 * <ul>
 *   <li>with a replica domain, a {@link SnapshotReplicaAgent} folds the journal and writes the snapshots, and
 *       the writer does nothing for them;</li>
 *   <li>otherwise the writer's {@link SnapshotScheduler} captures the state after committed batches and a
 *       {@link SnapshotWriterAgent} writes it;</li>
 *   <li>or, with snapshots off or a domain without a snapshot codec, nothing at all.</li>
 * </ul>
 */
public final class EngineSnapshots {
    private static final Logger LOG = LoggerFactory.getLogger(EngineSnapshots.class);
    /** Longest park of a notified snapshot agent on a quiet journal: how late a time-based snapshot can be. */
    private static final long NOTIFIED_MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(100);
    private static final EngineSnapshots NONE = new EngineSnapshots(BatchCommitListener.NONE, null, null);

    private final BatchCommitListener onBatchCommitted;
    private final StoppableAgent agent;
    private final AgentRunner runner;

    private EngineSnapshots(BatchCommitListener onBatchCommitted, StoppableAgent agent, AgentRunner runner) {
        this.onBatchCommitted = onBatchCommitted;
        this.agent = agent;
        this.runner = runner;
    }

    /**
     * Starts the snapshot agent the configuration asks for. Before the writer runs: a replica copies the
     * recovered state of {@code domain}, which belongs to the writer thread afterwards.
     *
     * @param replica a second, fresh instance of the domain, or null to have the writer capture snapshots
     */
    public static EngineSnapshots start(EngineConfig config, Domain domain, Domain replica, EngineJournal journal,
                                        SnapshotCounters counters, RecoveryReport recovery) {
        if (!config.snapshotPolicy().enabled() || domain.snapshotCodec().isEmpty()) {
            return NONE;
        }
        SnapshotReplicaAgent replicaAgent = replica == null ? null : SnapshotReplicaAgent.startingFrom(journal.journal(),
            domain, replica, journal.snapshotStore(), config.snapshotPolicy(), counters, recovery);
        if (replicaAgent != null) {
            return run(BatchCommitListener.NONE, replicaAgent, config, journal.journal());
        }
        SnapshotWriterAgent writer = new SnapshotWriterAgent(journal.snapshotStore(), counters);
        SnapshotScheduler scheduler = new SnapshotScheduler(config.snapshotPolicy(), domain.snapshotCodec().get(),
            writer, counters, recovery.snapshotSequence());
        return run(scheduler, writer, config, journal.journal());
    }

    /** What the writer does after each committed batch ({@link BatchCommitListener#NONE} unless it captures). */
    public BatchCommitListener onBatchCommitted() {
        return onBatchCommitted;
    }

    /**
     * Stops the agent: a snapshot being written (or handed over) is finished first, waiting up to
     * {@code timeoutMillis}; past that its thread is interrupted and that snapshot may be lost.
     */
    public void close(long timeoutMillis) {
        if (runner != null) {
            agent.stop();
            runner.close((int) Math.min(Integer.MAX_VALUE, Math.max(1, timeoutMillis)), thread ->
                LOG.warn("{} still busy after {} ms at shutdown; the snapshot in progress may be lost",
                    thread.getName(), timeoutMillis));
        }
    }

    private static EngineSnapshots run(BatchCommitListener onBatchCommitted, Agent snapshotAgent, EngineConfig config,
                                       Journal journal) {
        StoppableAgent agent = new StoppableAgent(snapshotAgent);
        AgentRunner runner = new AgentRunner(
            config.snapshotIdleStrategy().create(journal.commitSignal(), NOTIFIED_MAX_PARK_NANOS),
            error -> {
                if (!(error instanceof AgentTerminationException)) {
                    LOG.error("unexpected error on {}", agent.roleName(), error);
                }
            }, null, agent);
        AgentRunner.startOnThread(runner, runnable -> {
            Thread thread = new Thread(runnable, agent.roleName());
            thread.setDaemon(true);
            return thread;
        });
        return new EngineSnapshots(onBatchCommitted, agent, runner);
    }
}
