package io.ringtail.engine.snapshot;

import org.agrona.concurrent.Agent;
import org.agrona.concurrent.AgentTerminationException;

import java.util.concurrent.locks.LockSupport;

/**
 * Ends an agent's duty cycle as soon as it is asked to, instead of when its idle strategy next wakes it: a
 * snapshot agent may park for up to 100 ms, and the engine's close should not wait for that. Work in progress
 * finishes first; then the runner calls {@link Agent#onClose()} on the agent's thread.
 */
final class StoppableAgent implements Agent {
    private final Agent agent;
    private volatile boolean stopping;
    private volatile Thread thread;

    StoppableAgent(Agent agent) {
        this.agent = agent;
    }

    /** Any thread: the next duty cycle is the last. */
    void stop() {
        stopping = true;
        Thread agentThread = thread;
        if (agentThread != null) {
            LockSupport.unpark(agentThread);
        }
    }

    @Override
    public void onStart() {
        thread = Thread.currentThread();
        agent.onStart();
    }

    @Override
    public int doWork() throws Exception {
        if (stopping) {
            throw new AgentTerminationException("stopped");
        }
        return agent.doWork();
    }

    @Override
    public void onClose() {
        agent.onClose();
    }

    @Override
    public String roleName() {
        return agent.roleName();
    }
}
