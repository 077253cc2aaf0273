package io.ringtail.engine;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The writer thread's counters. Single writer, any number of readers: the writer does a plain
 * read-modify-write published with a release store, so counting costs no fence on the hot path;
 * metrics read them at scrape time.
 */
public final class WriterCounters {
    public static final int MAX_COMMAND_TYPES = 32;
    public static final int MAX_REASONS = 64;

    private static final int EVENTS = 0;
    private static final int BYTES = 1;
    private static final int INTERNAL_ERRORS = 2;
    private static final int JOURNAL_FAILURES = 3;
    private static final int STATE_REBUILDS = 4;
    private static final int BATCHES = 5;
    private static final int SCALARS = 6;

    private final AtomicLongArray scalars = new AtomicLongArray(SCALARS);
    private final AtomicLongArray outcomes = new AtomicLongArray(MAX_COMMAND_TYPES * MAX_REASONS);
    private final AtomicReference<Throwable> lastJournalFailure = new AtomicReference<>();
    /** False from a journal failure until the next successful append: disk full, unwritable, ... */
    private volatile boolean journalAvailable = true;
    /** Nanos the writer spent committing a batch to the journal (in SYNC mode, forcing it to disk too). */
    private final SingleWriterRecorder commitLatency = new SingleWriterRecorder(1, TimeUnit.SECONDS.toNanos(60), 3);

    void onOutcome(int commandType, int reason) {
        int type = commandType >= 0 && commandType < MAX_COMMAND_TYPES ? commandType : 0;
        int code = reason >= 0 && reason < MAX_REASONS ? reason : 0;
        bump(outcomes, type * MAX_REASONS + code, 1);
    }

    void onAppended(int events, int bytes) {
        bump(scalars, EVENTS, events);
        bump(scalars, BYTES, bytes);
    }

    void onInternalError(Throwable error) {
        bump(scalars, INTERNAL_ERRORS, 1);
    }

    void onJournalFailure(Throwable error) {
        bump(scalars, JOURNAL_FAILURES, 1);
        lastJournalFailure.lazySet(error);
        if (journalAvailable) {
            journalAvailable = false;
        }
    }

    void onJournalAvailable() {
        if (!journalAvailable) {
            journalAvailable = true;
        }
    }

    void onStateRebuilt() {
        bump(scalars, STATE_REBUILDS, 1);
    }

    void onBatch() {
        bump(scalars, BATCHES, 1);
    }

    void onCommit(long nanos) {
        commitLatency.recordValue(Math.min(Math.max(nanos, 1), TimeUnit.SECONDS.toNanos(60)));
    }

    /**
     * Batch commit latencies (nanos) recorded since the previous call. One reading thread at a time; pass
     * the previous result back in to avoid allocation.
     */
    public Histogram sampleCommitLatency(Histogram recycle) {
        return commitLatency.getIntervalHistogram(recycle);
    }

    /** Commands of {@code commandType} that ended with {@code reason} ({@code Reasons.ACCEPTED} = 0). */
    public long outcomes(int commandType, int reason) {
        return outcomes.get(commandType * MAX_REASONS + reason);
    }

    public long eventsAppended() {
        return scalars.get(EVENTS);
    }

    public long bytesAppended() {
        return scalars.get(BYTES);
    }

    public long internalErrors() {
        return scalars.get(INTERNAL_ERRORS);
    }

    public long journalFailures() {
        return scalars.get(JOURNAL_FAILURES);
    }

    public long stateRebuilds() {
        return scalars.get(STATE_REBUILDS);
    }

    public long batches() {
        return scalars.get(BATCHES);
    }

    /** False while the journal refuses appends: from a failure until the next append that succeeds. */
    public boolean journalAvailable() {
        return journalAvailable;
    }

    /** The most recent journal failure (it may be over: see {@link #journalAvailable()}); null if none. */
    public Throwable lastJournalFailure() {
        return lastJournalFailure.get();
    }

    private static void bump(AtomicLongArray array, int index, long delta) {
        array.lazySet(index, array.get(index) + delta);
    }
}
