package io.ringtail.peer;

import exchange.core2.core.common.CoreWaitStrategy;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * What the exchange-core benchmarks share, as Ringtail's {@code EngineUnderLoad} does for Ringtail: the peer set
 * up with the funded accounts, {@link #BATCH} steps per invocation published as fast as its ring takes them, and
 * a drain after each iteration that waits for every result and fails the run if any was not SUCCESS.
 */
@State(Scope.Benchmark)
public abstract class PeerUnderLoad {
    static final int BATCH = 1000;

    /** JOURNALED: its disk journal, written per batch before results; OFF: no journal. */
    @Param({"JOURNALED", "OFF"})
    public String journal;

    /** exchange-core's wait strategy for all its stages (YIELDING as measured in LIMITS.md). */
    @Param({"YIELDING"})
    public String waitStrategy;

    private ExchangeCorePeer peer;
    protected ExchangeCoreSink sink;
    private long published;

    @Setup(Level.Trial)
    public void start() {
        if (!journal.equals("JOURNALED") && !journal.equals("OFF")) {
            throw new IllegalArgumentException("journal is JOURNALED or OFF, not " + journal);
        }
        peer = new ExchangeCorePeer(journal.equals("JOURNALED"), CoreWaitStrategy.valueOf(waitStrategy));
        sink = new ExchangeCoreSink(peer.api());
    }

    /** Sends the next step of the stream; publishing waits for room in exchange-core's ring. */
    protected abstract void sendNext();

    protected void publishBatch() {
        for (int i = 0; i < BATCH; i++) {
            sendNext();
        }
        published += BATCH;
    }

    @TearDown(Level.Iteration)
    public void drain() {
        peer.results().awaitAllAccepted(published);
    }

    @TearDown(Level.Trial)
    public void stop() {
        peer.close();
    }
}
