package io.ringtail.engine;

import io.ringtail.engine.domain.Domain;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.JournalAppender;
import io.ringtail.journal.JournalException;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * Test double of a journal that, like the Chronicle one, makes a batch visible only at
 * {@code endOfBatch()} and loses the whole open batch when an append fails. Failures are injected.
 */
final class BatchingMemoryJournal implements JournalAppender, StateRebuilder {
    private final List<byte[]> committed = new ArrayList<>();
    private final List<byte[]> pending = new ArrayList<>();
    private Domain domain;
    private long lastSequence;
    private int failNextAppends;
    private int failNextCommits;
    private int failNextReservations;
    private int rebuilds;

    void replayInto(Domain domain) {
        this.domain = domain;
    }

    void failNextAppends(int count) {
        failNextAppends = count;
    }

    /** Like a full disk: the next {@code count} reservations find no room; the open batch is untouched. */
    void failNextReservations(int count) {
        failNextReservations = count;
    }

    void failNextCommits(int count) {
        failNextCommits = count;
    }

    int rebuilds() {
        return rebuilds;
    }

    long committedEvents() {
        long events = 0;
        EventRecord record = new EventRecord();
        for (byte[] entry : committed) {
            for (int offset = 0; offset < entry.length; offset += record.encodedLength()) {
                record.wrap(new UnsafeBuffer(entry), offset);
                events++;
            }
        }
        return events;
    }

    @Override
    public void append(DirectBuffer records, int offset, int length, int eventCount, long lastSequence) {
        if (failNextAppends > 0) {
            failNextAppends--;
            pending.clear();
            throw new JournalException("injected append failure");
        }
        if (length > MAX_ENTRY_LENGTH) {
            // As the Chronicle journal does: an entry this large is refused and the open batch dropped.
            pending.clear();
            throw new IllegalArgumentException("entry length " + length + " out of range");
        }
        byte[] copy = new byte[length];
        records.getBytes(offset, copy);
        pending.add(copy);
    }

    @Override
    public void reserve(int length) {
        if (failNextReservations > 0) {
            failNextReservations--;
            throw new JournalException("injected: no room for " + length + " bytes");
        }
    }

    @Override
    public void endOfBatch() {
        if (failNextCommits > 0) {
            failNextCommits--;
            pending.clear();
            throw new JournalException("injected commit failure");
        }
        committed.addAll(pending);
        pending.clear();
    }

    @Override
    public long lastSequence() {
        return lastSequence;
    }

    @Override
    public void close() {
    }

    @Override
    public long rebuild() {
        rebuilds++;
        domain.reset();
        EventRecord record = new EventRecord();
        long last = 0;
        for (byte[] entry : committed) {
            UnsafeBuffer buffer = new UnsafeBuffer(entry);
            for (int offset = 0; offset < entry.length; offset += record.encodedLength()) {
                record.wrap(buffer, offset);
                domain.eventApplier().apply(record);
                last = record.sequence();
            }
        }
        lastSequence = last;
        return last;
    }
}
