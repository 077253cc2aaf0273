package io.ringtail.engine.projection;

import org.agrona.concurrent.EpochNanoClock;
import org.agrona.concurrent.NanoClock;
import org.agrona.concurrent.SystemEpochNanoClock;
import org.agrona.concurrent.SystemNanoClock;

import io.ringtail.journal.snapshot.SnapshotPolicy;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of the projection runtime with their defaults in one place; {@link #conclude()} validates them
 * before use so a bad value fails at start-up with a message.
 */
public final class ProjectionConfig {
    public static final int DEFAULT_BATCH_ENTRIES = 256;
    public static final int DEFAULT_MAX_PENDING_WAITERS = 16 * 1024;

    private int batchEntries = DEFAULT_BATCH_ENTRIES;
    private int maxPendingWaiters = DEFAULT_MAX_PENDING_WAITERS;
    private int threads = 1;
    private IdleStrategyKind idleStrategy = IdleStrategyKind.BACKOFF;
    private EpochNanoClock epochClock = SystemEpochNanoClock.INSTANCE;
    private NanoClock nanoClock = SystemNanoClock.INSTANCE;
    private SnapshotPolicy snapshotPolicy = SnapshotPolicy.disabled();
    private Path snapshotDirectory;

    /** Journal entries applied per duty cycle before the watermark is published and waiters are told. */
    public ProjectionConfig batchEntries(int batchEntries) {
        this.batchEntries = batchEntries;
        return this;
    }

    /** Read-your-writes waits a projection holds at once; beyond it an await is refused at once. */
    public ProjectionConfig maxPendingWaiters(int maxPendingWaiters) {
        this.maxPendingWaiters = maxPendingWaiters;
        return this;
    }

    /** Threads the projections share (round-robin); 1 suits a 2-core machine. */
    public ProjectionConfig threads(int threads) {
        this.threads = threads;
        return this;
    }

    public ProjectionConfig idleStrategy(IdleStrategyKind idleStrategy) {
        this.idleStrategy = idleStrategy;
        return this;
    }

    /** The clock event timestamps are on (epoch nanos), for write-to-visible latency and lag. */
    public ProjectionConfig epochClock(EpochNanoClock epochClock) {
        this.epochClock = epochClock;
        return this;
    }

    /** The monotonic clock waiters' deadlines are on. */
    public ProjectionConfig nanoClock(NanoClock nanoClock) {
        this.nanoClock = nanoClock;
        return this;
    }

    /**
     * When projections that support it ({@link SnapshottableProjection}) snapshot their views, and how many
     * files each keeps. Disabled by default: every projection then replays the journal from its first event.
     */
    public ProjectionConfig snapshotPolicy(SnapshotPolicy snapshotPolicy) {
        this.snapshotPolicy = snapshotPolicy;
        return this;
    }

    /** Root of the view snapshots: each projection keeps its own in {@code view-<name>} below it. */
    public ProjectionConfig snapshotDirectory(Path snapshotDirectory) {
        this.snapshotDirectory = snapshotDirectory;
        return this;
    }

    public SnapshotPolicy snapshotPolicy() {
        return snapshotPolicy;
    }

    /** Null when no directory is set (then nothing is snapshotted). */
    public Path snapshotDirectory() {
        return snapshotDirectory;
    }

    /** True when view snapshots are taken and restored. */
    public boolean snapshotsEnabled() {
        return snapshotPolicy.enabled() && snapshotDirectory != null;
    }

    public int batchEntries() {
        return batchEntries;
    }

    public int maxPendingWaiters() {
        return maxPendingWaiters;
    }

    public int threads() {
        return threads;
    }

    public IdleStrategyKind idleStrategy() {
        return idleStrategy;
    }

    public EpochNanoClock epochClock() {
        return epochClock;
    }

    public NanoClock nanoClock() {
        return nanoClock;
    }

    public ProjectionConfig conclude() {
        if (batchEntries < 1) {
            throw new IllegalArgumentException("projection batch entries must be at least 1, got " + batchEntries);
        }
        if (maxPendingWaiters < 1 || maxPendingWaiters > (1 << 24)) {
            throw new IllegalArgumentException("max pending waiters must be 1.." + (1 << 24) + ", got " + maxPendingWaiters);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("projection threads must be at least 1, got " + threads);
        }
        Objects.requireNonNull(idleStrategy, "idleStrategy");
        Objects.requireNonNull(epochClock, "epochClock");
        Objects.requireNonNull(nanoClock, "nanoClock");
        Objects.requireNonNull(snapshotPolicy, "snapshotPolicy");
        if (snapshotPolicy.enabled() && snapshotDirectory == null) {
            throw new IllegalArgumentException("view snapshots are enabled but no snapshot directory is set");
        }
        return this;
    }
}
