package io.ringtail.engine.projection;

import io.ringtail.journal.CommitSignal;
import org.agrona.CloseHelper;
import org.agrona.ErrorHandler;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentRunner;
import org.agrona.concurrent.CompositeAgent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Runs the projection agents on {@link ProjectionConfig#threads()} threads, agents dealt round-robin, the
 * agents of one thread combined into one composite agent; each thread idles with the configured strategy.
 */
public final class ProjectionHost implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionHost.class);

    private final List<ProjectionAgent> agents;
    private final List<AgentRunner> runners = new ArrayList<>();
    private boolean started;

    public ProjectionHost(ProjectionConfig config, List<ProjectionAgent> agents) {
        this(config, agents, null);
    }

    /** @param commitSignal the journal's, which {@link IdleStrategyKind#NOTIFIED} parks on; null for other kinds */
    public ProjectionHost(ProjectionConfig config, List<ProjectionAgent> agents, CommitSignal commitSignal) {
        config.conclude();
        if (agents.isEmpty()) {
            throw new IllegalArgumentException("no projections to host");
        }
        Set<String> names = new HashSet<>();
        for (ProjectionAgent agent : agents) {
            if (!names.add(agent.name())) {
                throw new IllegalArgumentException("two projections are named '" + agent.name() + "'");
            }
        }
        this.agents = List.copyOf(agents);
        int threads = Math.min(config.threads(), agents.size());
        List<List<ProjectionAgent>> groups = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < agents.size(); i++) {
            groups.get(i % threads).add(agents.get(i));
        }
        ErrorHandler errorHandler = error -> LOG.error("Unexpected error on a projection thread", error);
        for (List<ProjectionAgent> group : groups) {
            Agent agent = group.size() == 1 ? group.get(0) : new CompositeAgent(group);
            runners.add(new AgentRunner(config.idleStrategy().create(commitSignal), errorHandler, null, agent));
        }
    }

    public synchronized void start() {
        if (started) {
            throw new IllegalStateException("projection host already started");
        }
        started = true;
        for (int i = 0; i < runners.size(); i++) {
            String threadName = "ringtail-projections-" + i;
            AgentRunner.startOnThread(runners.get(i), runnable -> {
                Thread thread = new Thread(runnable, threadName);
                thread.setDaemon(true);
                return thread;
            });
        }
    }

    public List<ProjectionAgent> agents() {
        return agents;
    }

    /** The agent of the projection named {@code name}. */
    public ProjectionAgent agent(String name) {
        for (ProjectionAgent agent : agents) {
            if (agent.name().equals(name)) {
                return agent;
            }
        }
        throw new IllegalArgumentException("no projection named '" + name + "'");
    }

    /** Readiness: every projection running with its watermark at or past {@code sequence}. */
    public boolean allCaughtUpTo(long sequence) {
        for (ProjectionAgent agent : agents) {
            if (!agent.caughtUpTo(sequence)) {
                return false;
            }
        }
        return true;
    }

    /** Stops the threads; each agent completes its pending waits unreached and closes its source. */
    @Override
    public synchronized void close() {
        CloseHelper.closeAll(runners);
    }
}
