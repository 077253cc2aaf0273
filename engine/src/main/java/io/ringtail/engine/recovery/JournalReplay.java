package io.ringtail.engine.recovery;

import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.EventApplier;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.EventRecordHandler;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalException;
import io.ringtail.journal.JournalReader;

/**
 * Rebuilds a domain's state by folding every journaled event through the same applier the writer uses
 * live, so recovered state equals live state. Checks that sequences run without gaps.
 */
public final class JournalReplay implements EventRecordHandler {
    private static final int ENTRIES_PER_POLL = 4096;

    private final EventApplier applier;
    private long lastSequence;
    private long lastCommandId;
    private long events;

    private JournalReplay(EventApplier applier, long afterSequence) {
        this.applier = applier;
        this.lastSequence = afterSequence;
    }

    /**
     * A fold to feed entry by entry ({@link JournalReader#poll}) into a domain that holds the state at
     * {@code afterSequence}: what the snapshot replica does as the journal grows.
     */
    public static JournalReplay following(Domain domain, long afterSequence) {
        return new JournalReplay(domain.eventApplier(), afterSequence);
    }

    /** Resets the domain, then replays the whole journal into it. */
    public static JournalReplay replayAll(Journal journal, Domain domain) {
        domain.reset();
        return replayAfter(journal, domain, 0);
    }

    /**
     * Replays the events after {@code afterSequence} into a domain that holds the state at that sequence
     * (restored from a snapshot); the reader seeks there by binary search instead of reading from the start.
     */
    public static JournalReplay replayAfter(Journal journal, Domain domain, long afterSequence) {
        JournalReplay replay = new JournalReplay(domain.eventApplier(), afterSequence);
        try (JournalReader reader = journal.createReader()) {
            if (afterSequence > 0) {
                reader.seek(afterSequence + 1);
            }
            while (reader.poll(replay, ENTRIES_PER_POLL) > 0) {
                // keep folding until the reader has nothing more
            }
        }
        return replay;
    }

    @Override
    public void onEvent(EventRecord event) {
        long sequence = event.sequence();
        if (sequence != lastSequence + 1) {
            throw new JournalException("journal sequence gap in replay: expected " + (lastSequence + 1) + " but read " + sequence);
        }
        applier.apply(event);
        lastSequence = sequence;
        lastCommandId = Math.max(lastCommandId, event.commandId());
        events++;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public long lastCommandId() {
        return lastCommandId;
    }

    public long events() {
        return events;
    }
}
