package io.ringtail.engine.snapshot;

import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.SnapshotCodec;
import io.ringtail.engine.recovery.JournalReplay;
import io.ringtail.engine.recovery.RecoveryReport;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalReader;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import io.ringtail.journal.snapshot.SnapshotStore;
import org.agrona.BufferUtil;
import org.agrona.CloseHelper;
import org.agrona.ExpandableDirectByteBuffer;
import org.agrona.concurrent.Agent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;

/**
 * Takes the state snapshots off the writer thread: a second instance of the domain, on its own thread, folds
 * the journal's events as they are committed (what recovery does, continuously) and, when the policy says a
 * snapshot is due, serializes its own state and writes the file. The writer never pauses for a snapshot;
 * the price is a second copy of the state in memory and the CPU to apply every event twice.
 *
 * <p>Its state at any entry boundary is what replaying the journal to there gives, which recovery already
 * proves equal to the live state. A journal entry is a whole committed batch, so a snapshot always sits on a
 * batch boundary. If applying an event fails, the replica stops taking snapshots (logged, counted as failed);
 * the engine carries on and recovery falls back to older snapshots and the journal.
 */
final class SnapshotReplicaAgent implements Agent {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotReplicaAgent.class);
    private static final int ENTRIES_PER_POLL = 256;

    private final Journal journal;
    private final JournalReplay fold;
    private final SnapshotCapture capture;
    private final SnapshotStore store;
    private final SnapshotTrigger trigger;
    private final SnapshotCounters counters;
    private JournalReader reader;
    private boolean stopped;

    /**
     * @param replica           a second instance of the domain, already holding the state at {@code startSequence}
     * @param snapshotSequence  the sequence of the snapshot recovery started from, 0 when none
     */
    SnapshotReplicaAgent(Journal journal, Domain replica, SnapshotStore store, SnapshotPolicy policy,
                         SnapshotCounters counters, long startSequence, long snapshotSequence) {
        this.journal = journal;
        this.fold = JournalReplay.following(replica, startSequence);
        this.capture = new SnapshotCapture(replica.snapshotCodec().orElseThrow(
            () -> new IllegalArgumentException("the replica domain has no snapshot codec")), counters);
        this.store = store;
        this.trigger = new SnapshotTrigger(policy, snapshotSequence, System.nanoTime());
        this.counters = counters;
    }

    /**
     * A replica holding the state {@code live} holds after recovery, copied through the codec before the writer
     * runs (so the replica need not replay what recovery just replayed). Null, with the reason logged, when the
     * copy fails: the engine then has the writer capture snapshots instead.
     */
    static SnapshotReplicaAgent startingFrom(Journal journal, Domain live, Domain replica, SnapshotStore store,
                                             SnapshotPolicy policy, SnapshotCounters counters, RecoveryReport recovery) {
        SnapshotCodec from = live.snapshotCodec().orElseThrow();
        ExpandableDirectByteBuffer buffer = new ExpandableDirectByteBuffer(64 * 1024);
        try {
            int length = from.write(buffer);
            replica.reset();
            replica.snapshotCodec().orElseThrow().read(buffer, length, from.formatVersion());
        } catch (RuntimeException e) {
            LOG.warn("the snapshot replica could not take over the recovered state; the writer captures snapshots instead", e);
            return null;
        } finally {
            BufferUtil.free(buffer.byteBuffer());
        }
        return new SnapshotReplicaAgent(journal, replica, store, policy, counters, recovery.lastSequence(),
            recovery.snapshotSequence());
    }

    @Override
    public void onStart() {
        reader = journal.createReader();
        if (fold.lastSequence() > 0) {
            reader.seek(fold.lastSequence() + 1);
        }
    }

    @Override
    public int doWork() {
        if (stopped) {
            return 0;
        }
        try {
            int entries = reader.poll(fold, ENTRIES_PER_POLL);
            // poll applies whole entries only: here the replica sits on a committed batch boundary.
            snapshotIfDue();
            return entries;
        } catch (RuntimeException | Error e) {
            stopped = true;
            counters.onFailed();
            LOG.error("snapshot replica stopped at sequence {}: no more snapshots until restart; the engine carries on",
                fold.lastSequence(), e);
            return 0;
        }
    }

    @Override
    public void onClose() {
        CloseHelper.quietClose(reader);
    }

    @Override
    public String roleName() {
        return "ringtail-snapshot-replica";
    }

    private void snapshotIfDue() {
        long now = System.nanoTime();
        long sequence = fold.lastSequence();
        if (!trigger.fire(sequence, now)) {
            return;
        }
        ByteBuffer payload = capture.capture(sequence, now);
        if (payload == null) {
            return;
        }
        long captured = System.nanoTime();
        int length = payload.remaining();
        try {
            store.write(sequence, capture.formatVersion(), payload);
            long nanos = System.nanoTime() - captured;
            counters.onWritten(sequence, nanos);
            LOG.info("snapshot at sequence {} written by the replica: {} bytes in {} ms", sequence, length,
                TimeUnit.NANOSECONDS.toMillis(nanos));
        } catch (Exception e) {
            counters.onFailed();
            LOG.error("snapshot at sequence {} could not be written to {}; the engine carries on", sequence, store.directory(), e);
        }
    }
}
