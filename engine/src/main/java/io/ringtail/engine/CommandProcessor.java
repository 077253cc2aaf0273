package io.ringtail.engine;

import io.ringtail.engine.domain.CommandHandler;
import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.EventApplier;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.JournalAppender;

/**
 * The writer's work for one command: decide, apply, journal. Single-threaded and allocation-free in
 * steady state. Kept apart from the ring so tests and benchmarks can drive it directly.
 *
 * <p>Order matters. The handler decides without changing state; the journal is asked for room for the
 * staged events (a full disk refuses the command here, before anything changed); the events are applied, then
 * appended. If applying fails, what the batch appended so far is committed and the state is rebuilt
 * from the journal: the failed command's events were never journaled, so the rebuilt state is the
 * state before it. If appending fails, the journal may have dropped the whole uncommitted batch, so the
 * state is rebuilt from the journal and the rest of the batch is refused; {@link #endOfBatch()} then
 * reports the batch as not committed and none of it is acknowledged.
 */
public final class CommandProcessor {
    private final Domain domain;
    private final CommandHandler handler;
    private final EventApplier applier;
    private final JournalAppender appender;
    private final StateRebuilder rebuilder;
    private final StagedEvents staged = new StagedEvents();
    private final WriterCounters counters;
    private long lastSequence;
    private long lastCommandId;
    private boolean batchFailed;
    private boolean batchAppended;

    public CommandProcessor(Domain domain, JournalAppender appender, StateRebuilder rebuilder,
                            long lastSequence, long lastCommandId, WriterCounters counters) {
        this.domain = domain;
        this.handler = domain.commandHandler();
        this.applier = domain.eventApplier();
        this.appender = appender;
        this.rebuilder = rebuilder;
        this.lastSequence = lastSequence;
        this.lastCommandId = lastCommandId;
        this.counters = counters;
    }

    /** Decides, applies and journals one command; the outcome is written into the slot. */
    public void process(CommandSlot slot) {
        if (slot.type() == StateDigest.COMMAND_TYPE) {
            // A control entry, not a command: no command id, no events, no outcome counted.
            slot.resetOutcome();
            StateDigest.answer(slot, domain.stateHash(), lastSequence);
            return;
        }
        long commandId = ++lastCommandId;
        slot.commandId(commandId);
        slot.resetOutcome();
        int reason = batchFailed ? Reasons.JOURNAL_UNAVAILABLE : decideApplyAppend(slot, commandId);
        finish(slot, reason);
    }

    /** @return the command's outcome; on any failure nothing of it is applied or journaled */
    private int decideApplyAppend(CommandSlot slot, long commandId) {
        staged.begin(lastSequence + 1, commandId, slot.timestamp());
        int reason = decide(slot);
        if (reason != Reasons.ACCEPTED) {
            staged.discard();
            return reason;
        }
        if (staged.eventCount() == 0) {
            // Accepted with nothing to journal (an idempotent retry): the domain may have set the version.
            return Reasons.ACCEPTED;
        }
        if (staged.length() > JournalAppender.MAX_ENTRY_LENGTH) {
            // One command is one entry; one this large could never be appended, and finding that out only
            // after applying it would cost a rebuild of the state and refuse the rest of the batch.
            staged.discard();
            return Reasons.COMMAND_TOO_LARGE;
        }
        if (!reserveJournalRoom()) {
            // Nothing was applied: refusing this one command is enough, the batch so far stays intact.
            staged.discard();
            return Reasons.JOURNAL_UNAVAILABLE;
        }
        if (!applyStaged()) {
            return Reasons.INTERNAL_ERROR;
        }
        if (!appendStaged()) {
            return Reasons.JOURNAL_UNAVAILABLE;
        }
        slot.version(lastSequence);
        return Reasons.ACCEPTED;
    }

    /**
     * The one way every command ends: its reason, its version token (the last journaled sequence unless an
     * accepted command already has one) and its outcome counted.
     */
    private void finish(CommandSlot slot, int reason) {
        slot.reason(reason);
        if (reason != Reasons.ACCEPTED || slot.version() == 0) {
            slot.version(lastSequence);
        }
        counters.onOutcome(slot.type(), reason);
    }

    private int decide(CommandSlot slot) {
        try {
            return handler.handle(slot, staged, slot);
        } catch (RuntimeException | StackOverflowError e) {
            counters.onInternalError(e);
            return Reasons.INTERNAL_ERROR;
        }
    }

    private boolean appendStaged() {
        try {
            appender.append(staged.buffer(), 0, staged.length(), staged.eventCount(), staged.lastSequence());
        } catch (RuntimeException e) {
            // Chronicle reports disk trouble with several exception types: any failure here means
            // the entry is not in the journal, whatever its type.
            counters.onJournalFailure(e);
            batchFailed = true;
            rebuild();
            return false;
        }
        lastSequence = staged.lastSequence();
        batchAppended = true;
        counters.onJournalAvailable();
        counters.onAppended(staged.eventCount(), staged.length());
        return true;
    }

    /**
     * Called at the end of each ring batch, before its replies go out: group commit in SYNC mode.
     *
     * @return false when the commit failed: the batch's accepted commands are in the journal's mapped
     *         file but not known to be on disk, so they must not be acknowledged as durable
     */
    public boolean endOfBatch() {
        counters.onBatch();
        if (batchFailed) {
            batchFailed = false;
            batchAppended = false;
            return false;
        }
        boolean timed = batchAppended;
        batchAppended = false;
        long started = timed ? System.nanoTime() : 0;
        try {
            appender.endOfBatch();
        } catch (RuntimeException e) {
            counters.onJournalFailure(e);
            rebuild();
            return false;
        }
        if (timed) {
            // Infrastructure timing, once per batch: the domain never sees a clock.
            counters.onCommit(System.nanoTime() - started);
        }
        return true;
    }

    public long lastSequence() {
        return lastSequence;
    }

    public long lastCommandId() {
        return lastCommandId;
    }

    public Domain domain() {
        return domain;
    }

    private boolean reserveJournalRoom() {
        try {
            appender.reserve(staged.length());
            return true;
        } catch (RuntimeException e) {
            counters.onJournalFailure(e);
            return false;
        }
    }

    private boolean applyStaged() {
        int offset = 0;
        int end = staged.length();
        try {
            while (offset < end) {
                EventRecord record = staged.recordAt(offset);
                applier.apply(record);
                offset += record.encodedLength();
            }
            return true;
        } catch (RuntimeException | StackOverflowError e) {
            counters.onInternalError(e);
            staged.discard();
            try {
                appender.endOfBatch();
            } catch (RuntimeException journalFailure) {
                counters.onJournalFailure(journalFailure);
                batchFailed = true;
            }
            rebuild();
            return false;
        }
    }

    private void rebuild() {
        staged.discard();
        lastSequence = rebuilder.rebuild();
        counters.onStateRebuilt();
    }
}
