package io.ringtail.engine.projection;

import io.ringtail.journal.EventRecord;
import io.ringtail.journal.EventRecordHandler;
import io.ringtail.journal.JournalReader;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;
import org.agrona.concurrent.Agent;
import org.agrona.concurrent.EpochNanoClock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The duty cycle of one projection: polls a bounded batch from its own event source, applies it in order,
 * publishes the watermark (the last applied sequence) with a release store and completes the waits it
 * reached. Everything a metrics or health thread reads is published with ordered writes by this single
 * writer and readable from any thread.
 *
 * <p>An event at or below the watermark is skipped (a redelivery is harmless). A gap (an event beyond
 * watermark + 1), an exception from {@code apply} or from the source stops this projection loudly: state
 * {@link ProjectionState#STOPPED_WITH_ERROR}, the error kept, logged once, counted. Other projections,
 * even on the same thread, keep running; waits on this one time out. A rebuild starts it again.
 *
 * <p>With view snapshots enabled ({@link ProjectionConfig#snapshotsEnabled()}) and a projection that
 * supports them, the first duty cycle restores the newest usable snapshot at or below the source's head
 * and tails from the event after it; after each batch a snapshot is taken when the policy says it is due
 * (see {@link ProjectionSnapshots}). A rebuild still replays from the first event.
 */
public final class ProjectionAgent implements Agent {
    private static final Logger LOG = LoggerFactory.getLogger(ProjectionAgent.class);
    private static final long LOWEST_TRACKED_NANOS = 1_000;
    private static final long HIGHEST_TRACKED_NANOS = TimeUnit.HOURS.toNanos(1);

    private final Projection projection;
    private final EventSource source;
    private final int batchEntries;
    private final EpochNanoClock epochClock;
    private final WatermarkWaiters waiters;
    private final SingleWriterRecorder writeToVisible = new SingleWriterRecorder(LOWEST_TRACKED_NANOS, HIGHEST_TRACKED_NANOS, 3);
    private final EventRecordHandler onEvent = this::onEvent;
    private final long createdAt;
    private final ProjectionSnapshots snapshots;
    private final SnapshottableProjection snapshottable;

    private final AtomicLong watermark = new AtomicLong();
    private final AtomicLong eventsApplied = new AtomicLong();
    private final AtomicLong lastAppliedTimestamp = new AtomicLong();
    private final AtomicLong caughtUpAt = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private final AtomicLong rebuilds = new AtomicLong();
    private final AtomicBoolean rebuildRequested = new AtomicBoolean();
    private volatile ProjectionState state = ProjectionState.CATCHING_UP;
    private volatile boolean held;
    private volatile Throwable error;

    // Agent thread only.
    private long applied;
    private long[] batchTimestamps;
    private int batchCount;
    private RuntimeException batchFailure;
    private boolean restorePending;

    public ProjectionAgent(Projection projection, JournalReader reader, ProjectionConfig config) {
        this(projection, new JournalEventSource(reader), config);
    }

    public ProjectionAgent(Projection projection, EventSource source, ProjectionConfig config) {
        config.conclude();
        this.projection = projection;
        this.source = source;
        this.batchEntries = config.batchEntries();
        this.epochClock = config.epochClock();
        this.batchTimestamps = new long[Math.max(64, batchEntries * 4)];
        this.waiters = new WatermarkWaiters(watermark::get, config.nanoClock(), config.maxPendingWaiters());
        this.createdAt = epochClock.nanoTime();
        if (config.snapshotsEnabled() && projection instanceof SnapshottableProjection capable) {
            this.snapshottable = capable;
            this.snapshots = new ProjectionSnapshots(projection.name(), config.snapshotDirectory().resolve("view-" + projection.name()),
                config.snapshotPolicy(), nowMillis());
            this.restorePending = true;
        } else {
            this.snapshottable = null;
            this.snapshots = null;
        }
    }

    @Override
    public String roleName() {
        return "projection-" + projection.name();
    }

    @Override
    public void onStart() {
        waiters.wakeOnArrival(Thread.currentThread());
    }

    @Override
    public int doWork() {
        int work = 0;
        if (restorePending) {
            restorePending = false;
            restoreNewestSnapshot();
            work++;
        }
        if (rebuildRequested.get() && rebuildRequested.compareAndSet(true, false)) {
            startRebuild();
            work++;
        }
        if (state != ProjectionState.STOPPED_WITH_ERROR && !held) {
            work += applyBatch();
        }
        return work + waiters.onDutyCycle(applied);
    }

    @Override
    public void onClose() {
        waiters.close(applied);
        source.close();
        if (snapshots != null) {
            snapshots.close();
        }
    }

    /** Any thread: asks the agent to empty the view and replay the journal from the start on its thread. */
    public void requestRebuild() {
        rebuildRequested.set(true);
    }

    /**
     * Any thread: stops (true) or lets go on (false) applying events, leaving the state untouched, so lag
     * builds up as it would behind a slow view. For lag drills and tests of lag metrics and alerts.
     */
    public void hold(boolean hold) {
        held = hold;
    }

    private int applyBatch() {
        batchCount = 0;
        batchFailure = null;
        int delivered;
        try {
            delivered = source.poll(onEvent, batchEntries);
        } catch (RuntimeException e) {
            delivered = 0;
            if (batchFailure == null) {
                batchFailure = ProjectionException.sourceFailed(projection.name(), applied, e);
            }
        }
        if (batchCount > 0) {
            publish();
        }
        if (batchFailure != null) {
            stop(batchFailure);
            return delivered;
        }
        if (snapshots != null && applied > 0) {
            snapshots.afterBatch(snapshottable, applied, nowMillis());
        }
        if (delivered == 0) {
            caughtUpAt.lazySet(epochClock.nanoTime());
            if (state != ProjectionState.RUNNING) {
                state = ProjectionState.RUNNING;
            }
        }
        return delivered;
    }

    private void onEvent(EventRecord event) {
        if (batchFailure != null) {
            return; // the rest of a failed batch stays unapplied
        }
        long sequence = event.sequence();
        if (sequence <= applied) {
            return;
        }
        if (sequence != applied + 1) {
            batchFailure = ProjectionException.gap(projection.name(), applied, sequence);
            return;
        }
        try {
            projection.apply(event);
        } catch (RuntimeException e) {
            batchFailure = ProjectionException.applyFailed(projection.name(), sequence, event.typeId(), e);
            return;
        }
        applied = sequence;
        if (batchCount == batchTimestamps.length) {
            batchTimestamps = Arrays.copyOf(batchTimestamps, batchCount * 2); // a rare, unusually large entry
        }
        batchTimestamps[batchCount++] = event.timestamp();
    }

    private void publish() {
        watermark.lazySet(applied);
        eventsApplied.lazySet(eventsApplied.get() + batchCount);
        lastAppliedTimestamp.lazySet(batchTimestamps[batchCount - 1]);
        // The batch became visible with the watermark store above; measure to that point.
        long now = epochClock.nanoTime();
        for (int i = 0; i < batchCount; i++) {
            writeToVisible.recordValue(Math.min(Math.max(now - batchTimestamps[i], 0), HIGHEST_TRACKED_NANOS));
        }
    }

    private void stop(RuntimeException failure) {
        error = failure;
        errors.lazySet(errors.get() + 1);
        state = ProjectionState.STOPPED_WITH_ERROR;
        LOG.error("Projection '{}' stopped at watermark {}: {}", projection.name(), applied, failure.getMessage(), failure);
    }

    private void startRebuild() {
        LOG.info("Projection '{}' rebuilding from the first event (was at {} in state {})", projection.name(), applied, state);
        try {
            projection.reset();
            source.seek(1);
        } catch (RuntimeException e) {
            stop(ProjectionException.resetFailed(projection.name(), e));
            return;
        }
        applied = 0;
        watermark.lazySet(0);
        lastAppliedTimestamp.lazySet(0);
        caughtUpAt.lazySet(0);
        error = null;
        rebuilds.lazySet(rebuilds.get() + 1);
        state = ProjectionState.REBUILDING;
        if (snapshots != null) {
            snapshots.onRebuild(nowMillis());
        }
    }

    /** First duty cycle: the view from the newest usable snapshot, then the journal after it. */
    private void restoreNewestSnapshot() {
        long sequence;
        try {
            sequence = snapshots.restoreNewest(snapshottable, source.headSequence(), nowMillis());
            source.seek(sequence + 1);
        } catch (RuntimeException e) {
            stop(ProjectionException.restoreFailed(projection.name(), e));
            return;
        }
        applied = sequence;
        watermark.lazySet(sequence);
    }

    private long nowMillis() {
        return epochClock.nanoTime() / 1_000_000;
    }

    /** View snapshots of this projection, or null when they are off or the projection does not support them. */
    public ProjectionSnapshots snapshots() {
        return snapshots;
    }

    public Projection projection() {
        return projection;
    }

    public String name() {
        return projection.name();
    }

    public WatermarkWaiters waiters() {
        return waiters;
    }

    /** Sequence of the last event applied and visible in the view; any thread. */
    public long watermark() {
        return watermark.get();
    }

    public ProjectionState state() {
        return state;
    }

    /** Why the projection stopped, or null while it runs. */
    public Throwable error() {
        return error;
    }

    public long eventsApplied() {
        return eventsApplied.get();
    }

    /** Timestamp (epoch nanos, stamped when its command entered the engine) of the last event applied; 0 if none. */
    public long lastAppliedTimestamp() {
        return lastAppliedTimestamp.get();
    }

    /** Times the projection stopped with an error. */
    public long errors() {
        return errors.get();
    }

    public long rebuilds() {
        return rebuilds.get();
    }

    /** True when running and the watermark has reached {@code sequence} (e.g. the head seen at start). */
    public boolean caughtUpTo(long sequence) {
        return state == ProjectionState.RUNNING && watermark.get() >= sequence;
    }

    /**
     * Lag in nanoseconds: the age of the oldest event not yet applied, given the journal's head sequence
     * and the time now on the event clock; 0 when the watermark is at the head. The oldest unapplied event
     * is newer than both the last applied one and the moment this projection last found nothing to read,
     * so its age is estimated from the later of the two (from this agent's creation before either exists).
     */
    public long lagNanos(long headSequence, long nowEpochNanos) {
        if (watermark.get() >= headSequence) {
            return 0;
        }
        long since = Math.max(lastAppliedTimestamp.get(), caughtUpAt.get());
        return Math.max(0, nowEpochNanos - (since == 0 ? createdAt : since));
    }

    /**
     * The write-to-visible latencies (event timestamp to watermark publication, nanos) recorded since the
     * previous call. One metrics thread at a time; pass the previous result back in to avoid allocation.
     */
    public Histogram sampleWriteToVisible(Histogram recycle) {
        return writeToVisible.getIntervalHistogram(recycle);
    }
}
