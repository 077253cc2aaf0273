package io.ringtail.benchmarks.engine;

import io.ringtail.benchmarks.BenchmarkFiles;
import io.ringtail.engine.CommandWriter;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.projection.Projection;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.WaitStrategyKind;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.engine.projection.IdleStrategyKind;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.trading.view.TradingReadSide;
import io.ringtail.trading.view.TradingViewConfig;
import org.HdrHistogram.Histogram;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Write-to-visible latency of the trading views at a fixed command rate, with the default (non-spinning)
 * writer and projection idle strategies: how long from a command's timestamp until each projection has
 * applied its events. Not a JMH benchmark: it paces commands at the rate given and reads each projection's
 * own write-to-visible histogram afterwards.
 *
 * <p>Usage: {@code WriteToVisibleProbe [RATE_PER_SECOND] [SECONDS] [IDLE_STRATEGY] [WAIT_STRATEGY]} (defaults
 * 100000, 10, notified and blocking: the gateway's projection idle and writer wait strategies).
 */
public final class WriteToVisibleProbe {
    private WriteToVisibleProbe() {
    }

    public static void main(String[] args) {
        int rate = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        IdleStrategyKind idle = IdleStrategyKind.parse(args.length > 2 ? args[2] : "notified");
        WaitStrategyKind wait = WaitStrategyKind.parse(args.length > 3 ? args[3] : "blocking");
        // The engine's default policy takes a snapshot after 1M events, which a 100k/s run reaches.
        // -Dprobe.snapshots=writer has the writer capture it (pausing), =replica a replica domain (the gateway's
        // default), =off none.
        String capture = System.getProperty("probe.snapshots", "replica");
        SnapshotPolicy snapshots = capture.equals("off") ? SnapshotPolicy.disabled() : EngineConfig.DEFAULT_SNAPSHOT_POLICY;
        Path dir = BenchmarkFiles.freshDirectory("write-to-visible");
        PlaceCancelWorkload workload = new PlaceCancelWorkload();
        org.agrona.concurrent.EpochNanoClock ackClock = new ProjectionConfig().epochClock();
        // Acknowledgement latency on the writer thread: command stamp to reply, after the journal commit.
        org.HdrHistogram.SingleWriterRecorder acks = new org.HdrHistogram.SingleWriterRecorder(3);
        ReplyListener ackLatency = slot -> acks.recordValue(Math.max(0, ackClock.nanoTime() - slot.timestamp()));
        try (Engine engine = new Engine(new EngineConfig().dataDirectory(dir).waitStrategy(wait).snapshotPolicy(snapshots), PlaceCancelWorkload.domain(100_000),
                capture.equals("replica") ? PlaceCancelWorkload.domain(100_000) : null, ackLatency)) {
            TradingViewConfig views = new TradingViewConfig(rate * seconds + 100_000, 10_000, 10, 100);
            TradingReadSide readSide = new TradingReadSide(PlaceCancelWorkload.INSTRUMENTS, views);
            ProjectionConfig config = new ProjectionConfig().idleStrategy(idle).conclude();
            List<ProjectionAgent> agents = new ArrayList<>();
            for (Projection projection : readSide.projections()) {
                agents.add(new ProjectionAgent(projection, engine.journal().createReader(), config));
            }
            try (ProjectionHost host = new ProjectionHost(config, agents, engine.journal().commitSignal())) {
                host.start();
                int[] setup = {0};
                CommandWriter<int[]> setupWriter = (slot, i) -> workload.writeSetup(slot, i[0]);
                for (; setup[0] < PlaceCancelWorkload.ACCOUNTS * 3; setup[0]++) {
                    while (!engine.tryPublish(setupWriter, setup)) {
                        Thread.onSpinWait();
                    }
                }
                // Stamped like the gateway stamps commands: epoch nanos at the moment of publishing.
                org.agrona.concurrent.EpochNanoClock clock = config.epochClock();
                CommandWriter<PlaceCancelWorkload> next = (slot, load) -> load.writeNext(slot, clock.nanoTime());
                // Warm up at the same rate, then discard what the histograms recorded so far.
                pace(engine, next, workload, rate, 3);
                waitForViews(engine, host);
                for (ProjectionAgent agent : agents) {
                    agent.sampleWriteToVisible(null);
                }
                acks.getIntervalHistogram();
                long late = pace(engine, next, workload, rate, seconds);
                waitForViews(engine, host);
                System.out.printf("rate %,d commands/s for %d s (%d sends were late by over 1 ms), idle strategy %s, wait strategy %s, "
                    + "snapshots %s%n", rate, seconds, late, config.idleStrategy(), wait, capture);
                System.out.println("| measured | count | p50 µs | p99 µs | p99.9 µs | max µs |");
                System.out.println("|---|---|---|---|---|---|");
                Histogram ack = acks.getIntervalHistogram();
                System.out.printf("| acknowledgement (writer) | %,d | %.0f | %.0f | %.0f | %.0f |%n", ack.getTotalCount(),
                    ack.getValueAtPercentile(50) / 1e3, ack.getValueAtPercentile(99) / 1e3,
                    ack.getValueAtPercentile(99.9) / 1e3, ack.getMaxValue() / 1e3);
                for (ProjectionAgent agent : agents) {
                    Histogram h = agent.sampleWriteToVisible(null);
                    System.out.printf("| visible in %s | %,d | %.0f | %.0f | %.0f | %.0f |%n", agent.name(), h.getTotalCount(),
                        h.getValueAtPercentile(50) / 1e3, h.getValueAtPercentile(99) / 1e3,
                        h.getValueAtPercentile(99.9) / 1e3, h.getMaxValue() / 1e3);
                }
            }
        } finally {
            BenchmarkFiles.delete(dir);
        }
    }

    /**
     * Publishes at a fixed rate from the planned send times, as an event loop would: wake, publish every
     * command that is due, sleep until the next is. It must not spin: on two cores a spinning producer
     * takes the core the writer and the projections need, and the latency measured is then the scheduler's.
     *
     * @return how many sends went out over 1 ms after their planned time
     */
    private static long pace(Engine engine, CommandWriter<PlaceCancelWorkload> next, PlaceCancelWorkload workload,
                             int rate, int seconds) {
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        long start = System.nanoTime();
        long total = (long) rate * seconds;
        long late = 0;
        long i = 0;
        while (i < total) {
            long now = System.nanoTime();
            long due = Math.min(total, (now - start) / interval + 1);
            for (; i < due; i++) {
                if (now - (start + i * interval) > 1_000_000) {
                    late++;
                }
                while (!engine.tryPublish(next, workload)) {
                    Thread.onSpinWait();
                }
            }
            long wait = start + i * interval - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait);
            }
        }
        return late;
    }

    private static void waitForViews(Engine engine, ProjectionHost host) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!host.allCaughtUpTo(engine.headSequence()) && System.nanoTime() < deadline) {
            LockSupport.parkNanos(1_000_000);
        }
    }
}
