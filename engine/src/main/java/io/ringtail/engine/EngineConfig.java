package io.ringtail.engine;

import io.ringtail.engine.projection.IdleStrategyKind;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.snapshot.SnapshotPolicy;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * The engine's settings with their defaults in one place. Setters chain; {@link #conclude()} validates
 * before the engine uses them, so a bad value fails at start-up with a message, not later.
 */
public final class EngineConfig {
    public static final int DEFAULT_RING_SIZE = 16 * 1024;
    public static final int DEFAULT_MAX_BATCH_SIZE = 1024;
    public static final long DEFAULT_SHUTDOWN_TIMEOUT_MILLIS = 10_000;
    /** Every million events or five minutes, whichever comes first; three kept. */
    public static final SnapshotPolicy DEFAULT_SNAPSHOT_POLICY = new SnapshotPolicy(1_000_000, 300_000, 3);

    private Path dataDirectory = Paths.get("data");
    private DurabilityMode durability = DurabilityMode.ASYNC;
    private int ringSize = DEFAULT_RING_SIZE;
    private int maxBatchSize = DEFAULT_MAX_BATCH_SIZE;
    private WaitStrategyKind waitStrategy = WaitStrategyKind.BLOCKING;
    private long shutdownTimeoutMillis = DEFAULT_SHUTDOWN_TIMEOUT_MILLIS;
    private boolean journalEnabled = true;
    private SnapshotPolicy snapshotPolicy = DEFAULT_SNAPSHOT_POLICY;
    private Path snapshotDirectory;
    private IdleStrategyKind snapshotIdleStrategy = IdleStrategyKind.NOTIFIED;

    public EngineConfig dataDirectory(Path dataDirectory) {
        this.dataDirectory = dataDirectory;
        return this;
    }

    public EngineConfig durability(DurabilityMode durability) {
        this.durability = durability;
        return this;
    }

    /** Ring slots; a power of two. A full ring makes producers' tries fail (HTTP 503), never block. */
    public EngineConfig ringSize(int ringSize) {
        this.ringSize = ringSize;
        return this;
    }

    /** The most commands in one writer batch: bounds group-commit size and reply delay under load. */
    public EngineConfig maxBatchSize(int maxBatchSize) {
        this.maxBatchSize = maxBatchSize;
        return this;
    }

    public EngineConfig waitStrategy(WaitStrategyKind waitStrategy) {
        this.waitStrategy = waitStrategy;
        return this;
    }

    public EngineConfig shutdownTimeoutMillis(long shutdownTimeoutMillis) {
        this.shutdownTimeoutMillis = shutdownTimeoutMillis;
        return this;
    }

    /** When the writer captures the domain state for faster recovery; {@link SnapshotPolicy#disabled()} for never. */
    public EngineConfig snapshotPolicy(SnapshotPolicy snapshotPolicy) {
        this.snapshotPolicy = snapshotPolicy;
        return this;
    }

    /** Where state snapshots go; null (the default) means {@code <data dir>/snapshots/state}. */
    public EngineConfig snapshotDirectory(Path snapshotDirectory) {
        this.snapshotDirectory = snapshotDirectory;
        return this;
    }

    public SnapshotPolicy snapshotPolicy() {
        return snapshotPolicy;
    }

    /** Recovery reads snapshots from here whatever the policy, so turning snapshots off keeps the old ones usable. */
    public Path snapshotDirectory() {
        return snapshotDirectory != null ? snapshotDirectory : dataDirectory.resolve("snapshots").resolve("state");
    }

    /**
     * Runs the engine with no journal at all, to measure what the journal costs. Nothing is durable, nothing
     * is recovered at start, and a command whose events fail to apply cannot be undone. Never for a server.
     */
    public EngineConfig withoutJournal() {
        this.journalEnabled = false;
        this.snapshotPolicy = SnapshotPolicy.disabled();
        return this;
    }

    /**
     * How the snapshot thread (writer or replica) idles between snapshots; {@link IdleStrategyKind#NOTIFIED},
     * the default, parks until the journal commits (at most 100 ms), and a hand-off from the writer wakes it.
     */
    public EngineConfig snapshotIdleStrategy(IdleStrategyKind snapshotIdleStrategy) {
        this.snapshotIdleStrategy = snapshotIdleStrategy;
        return this;
    }

    public IdleStrategyKind snapshotIdleStrategy() {
        return snapshotIdleStrategy;
    }

    public boolean journalEnabled() {
        return journalEnabled;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** Where the journal lives inside the data directory. */
    public Path journalDirectory() {
        return dataDirectory.resolve("journal");
    }

    public DurabilityMode durability() {
        return durability;
    }

    public int ringSize() {
        return ringSize;
    }

    public int maxBatchSize() {
        return maxBatchSize;
    }

    public WaitStrategyKind waitStrategy() {
        return waitStrategy;
    }

    public long shutdownTimeoutMillis() {
        return shutdownTimeoutMillis;
    }

    public EngineConfig conclude() {
        if (dataDirectory == null) {
            throw new IllegalArgumentException("data directory is required");
        }
        if (durability == null || waitStrategy == null || snapshotPolicy == null || snapshotIdleStrategy == null) {
            throw new IllegalArgumentException("durability, wait strategy, snapshot policy and idle strategy are required");
        }
        if (!journalEnabled && snapshotPolicy.enabled()) {
            throw new IllegalArgumentException("snapshots need the journal: turn them off to run without one");
        }
        if (ringSize < 2 || Integer.bitCount(ringSize) != 1) {
            throw new IllegalArgumentException("ring size must be a power of two >= 2, got " + ringSize);
        }
        if (maxBatchSize < 1) {
            throw new IllegalArgumentException("max batch size must be >= 1, got " + maxBatchSize);
        }
        if (shutdownTimeoutMillis < 0) {
            throw new IllegalArgumentException("shutdown timeout must be >= 0, got " + shutdownTimeoutMillis);
        }
        return this;
    }

    @Override
    public String toString() {
        return "dataDirectory=" + dataDirectory + " durability=" + durability + " ringSize=" + ringSize
            + " maxBatchSize=" + maxBatchSize + " waitStrategy=" + waitStrategy
            + (journalEnabled ? " snapshots=" + describe(snapshotPolicy) : " journal=OFF");
    }

    private static String describe(SnapshotPolicy policy) {
        if (!policy.enabled()) {
            return "off";
        }
        return "every" + (policy.everyEvents() > 0 ? " " + policy.everyEvents() + " events" : "")
            + (policy.everyEvents() > 0 && policy.everyMillis() > 0 ? " or" : "")
            + (policy.everyMillis() > 0 ? " " + policy.everyMillis() + " ms" : "") + " keep " + policy.keep();
    }
}
