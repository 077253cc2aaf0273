package io.ringtail.engine;

import io.ringtail.engine.counter.CounterDomain;
import io.ringtail.engine.domain.Reasons;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The writer's failure paths, where memory and journal could drift apart. */
class CommandProcessorTest {
    private final CounterDomain domain = new CounterDomain();
    private final BatchingMemoryJournal journal = new BatchingMemoryJournal();
    private final WriterCounters counters = new WriterCounters();
    private CommandProcessor processor;
    private final CommandSlot slot = new CommandSlot();

    @BeforeEach
    void setUp() {
        journal.replayInto(domain);
        processor = new CommandProcessor(domain, journal, journal, 0, 0, counters);
    }

    private int run(int type, long counterId, long delta) {
        int length = CounterDomain.encode(slot.payload(), counterId, delta);
        slot.request(type, length, 5, 0, null, 0);
        processor.process(slot);
        return slot.reason();
    }

    @Test
    void shouldRefuseTheRestOfABatchAfterAnAppendFailureAndRestoreCommittedState() {
        run(CounterDomain.ADD, 1, 10);
        assertTrue(processor.endOfBatch());

        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 1));
        journal.failNextAppends(1);
        assertEquals(Reasons.JOURNAL_UNAVAILABLE, run(CounterDomain.ADD, 1, 2));
        assertEquals(Reasons.JOURNAL_UNAVAILABLE, run(CounterDomain.ADD, 1, 3), "rest of the failed batch refused");
        assertFalse(processor.endOfBatch(), "the batch is reported uncommitted");
        assertEquals(10, domain.value(1), "state equals the journal: the lost batch is not in it");
        assertEquals(1, processor.lastSequence());

        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 4));
        assertTrue(processor.endOfBatch());
        assertEquals(14, domain.value(1));
        assertEquals(2, slot.version(), "the sequence continues from the journal, with no gap");
        assertEquals(2, journal.committedEvents());
    }

    @Test
    void shouldRefuseACommandWhoseEventsCannotFitOneEntryBeforeChangingAnything() {
        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 10));
        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD_MANY, 1, 1_000), "a large command that fits is taken");
        // ~40 bytes a record: 200,000 records are ~8 MB, twice what one entry holds.
        assertEquals(Reasons.COMMAND_TOO_LARGE, run(CounterDomain.ADD_MANY, 1, 200_000));
        assertEquals(1_010, domain.value(1), "nothing of the refused command was applied");
        assertTrue(counters.journalAvailable(), "not a journal failure");
        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 1), "the batch goes on");
        assertTrue(processor.endOfBatch(), "and commits whole");
        assertEquals(1_011, domain.value(1));
        assertEquals(1_002, journal.committedEvents(), "the refused command journaled nothing");
        assertEquals(0, journal.rebuilds(), "no rebuild was needed");
    }

    @Test
    void shouldRefuseOnlyTheCommandTheJournalHasNoRoomForAndKeepItsBatch() {
        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 10));
        journal.failNextReservations(1);
        assertEquals(Reasons.JOURNAL_UNAVAILABLE, run(CounterDomain.ADD, 1, 5));
        assertFalse(counters.journalAvailable(), "the failure is visible until an append succeeds");
        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 1));
        assertTrue(processor.endOfBatch(), "the commands around the refused one are committed");
        assertTrue(counters.journalAvailable());
        assertEquals(11, domain.value(1), "the refused command changed nothing");
        assertEquals(0, counters.stateRebuilds(), "refused before any change: nothing to rebuild");
        assertEquals(2, journal.committedEvents());
        assertEquals(11, replayedValue());
    }

    @Test
    void shouldRefuseEveryBatchWhileTheJournalFailsAndResumeWhenItWorksAgain() {
        run(CounterDomain.ADD, 1, 10);
        assertTrue(processor.endOfBatch());
        int failingBatches = 5;
        journal.failNextReservations(failingBatches);
        journal.failNextAppends(failingBatches);
        for (int batch = 0; batch < 2 * failingBatches; batch++) {
            assertEquals(Reasons.JOURNAL_UNAVAILABLE, run(CounterDomain.ADD, 1, 100), "batch " + batch);
            processor.endOfBatch();
            assertEquals(10, domain.value(1), "nothing unjournaled stays applied, batch " + batch);
            assertFalse(counters.journalAvailable());
        }
        assertEquals(2L * failingBatches, counters.journalFailures());

        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 1), "accepted again once the journal works");
        assertTrue(processor.endOfBatch());
        assertTrue(counters.journalAvailable());
        assertEquals(11, domain.value(1));
        assertEquals(2, slot.version(), "no sequence was used up by the refused commands");
        assertEquals(11, replayedValue());
    }

    @Test
    void shouldRestoreCommittedStateWhenTheBatchCommitFails() {
        run(CounterDomain.ADD, 1, 10);
        assertTrue(processor.endOfBatch());
        run(CounterDomain.ADD, 1, 5);
        journal.failNextCommits(1);
        assertFalse(processor.endOfBatch());
        assertEquals(10, domain.value(1));
        assertEquals(1, processor.lastSequence());
    }

    @Test
    void shouldKeepEarlierCommandsOfTheBatchWhenAnApplierThrows() {
        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 10));
        assertEquals(Reasons.INTERNAL_ERROR, run(CounterDomain.THROW_IN_APPLIER, 1, 5));
        assertEquals(Reasons.ACCEPTED, run(CounterDomain.ADD, 1, 1));
        assertTrue(processor.endOfBatch());
        assertEquals(11, domain.value(1));
        assertEquals(2, journal.committedEvents());
        assertEquals(11, replayedValue(), "replay agrees with live state");
    }

    @Test
    void shouldKeepStateUnchangedWhenTheHandlerThrows() {
        run(CounterDomain.ADD, 1, 10);
        long before = domain.stateHash();
        assertEquals(Reasons.INTERNAL_ERROR, run(CounterDomain.THROW_IN_HANDLER, 1, 5));
        assertEquals(before, domain.stateHash());
        assertEquals(0, counters.stateRebuilds(), "no rebuild needed: the handler never mutates");
    }

    private long replayedHash() {
        CounterDomain fresh = new CounterDomain();
        journal.replayInto(fresh);
        journal.rebuild();
        journal.replayInto(domain);
        return fresh.stateHash();
    }

    private long replayedValue() {
        CounterDomain fresh = new CounterDomain();
        journal.replayInto(fresh);
        journal.rebuild();
        journal.replayInto(domain);
        return fresh.value(1);
    }

    @Test
    void shouldAnswerAStateDigestWithTheHashAtTheLastSequenceAndJournalNothing() {
        run(CounterDomain.ADD, 1, 10);
        run(CounterDomain.ADD, 2, 3);
        assertTrue(processor.endOfBatch());
        long commandsBefore = processor.lastCommandId();

        slot.request(StateDigest.COMMAND_TYPE, 0, 5, 0, null, 0);
        processor.process(slot);
        assertTrue(processor.endOfBatch());

        assertEquals(Reasons.ACCEPTED, slot.reason());
        assertEquals(2, slot.version(), "the digest is taken at the last journaled sequence");
        assertEquals(domain.stateHash(), StateDigest.stateHash(slot.replyBuffer()));
        assertEquals(2, journal.committedEvents(), "a digest journals nothing");
        assertEquals(commandsBefore, processor.lastCommandId(), "a digest is not a command");
        assertEquals(replayedHash(), StateDigest.stateHash(slot.replyBuffer()), "equal to a replay's hash");
    }
}
