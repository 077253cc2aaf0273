package io.ringtail.engine;

import io.ringtail.engine.counter.CounterDomain;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.journal.DurabilityMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EngineTest {
    @TempDir
    Path dir;

    private final ReplyRecorder replies = new ReplyRecorder();

    private Engine start(CounterDomain domain, DurabilityMode durability) {
        return new Engine(new EngineConfig().dataDirectory(dir).durability(durability).ringSize(1024), domain, replies);
    }

    private static void send(Engine engine, int type, long counterId, long delta, long correlation) {
        CommandWriter<Void> writer = (slot, unused) -> {
            int length = CounterDomain.encode(slot.payload(), counterId, delta);
            slot.request(type, length, 1_000L + correlation, 0, null, correlation);
        };
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!engine.tryPublish(writer, null)) {
            assertTrue(System.nanoTime() < deadline, "ring stayed full for 10 s");
            Thread.onSpinWait();
        }
    }

    @Test
    void shouldAcknowledgeWithVersionTokenOfLastEvent() throws Exception {
        try (Engine engine = start(new CounterDomain(), DurabilityMode.ASYNC)) {
            for (int i = 1; i <= 100; i++) {
                send(engine, CounterDomain.ADD, 7, 2, i);
                ReplyRecorder.Outcome outcome = replies.take();
                assertEquals(Reasons.ACCEPTED, outcome.reason());
                assertEquals(i, outcome.version());
                assertEquals(2L * i, outcome.replyLong0());
            }
            assertEquals(100, engine.headSequence());
        }
    }

    @Test
    void shouldRejectWithoutEmittingAndKeepTheSequence() throws Exception {
        try (Engine engine = start(new CounterDomain(), DurabilityMode.ASYNC)) {
            send(engine, CounterDomain.ADD, 1, 5, 1);
            send(engine, CounterDomain.ADD, 1, -6, 2);
            send(engine, CounterDomain.ADD, 1, -5, 3);
            assertEquals(1, replies.take().version());
            ReplyRecorder.Outcome rejected = replies.take();
            assertEquals(CounterDomain.WOULD_GO_NEGATIVE, rejected.reason());
            assertEquals(1, rejected.version(), "a rejection reports the unchanged head");
            assertEquals(2, replies.take().version(), "the rejection consumed no sequence");
            assertEquals(1, engine.counters().outcomes(CounterDomain.ADD, CounterDomain.WOULD_GO_NEGATIVE));
            assertEquals(2, engine.counters().outcomes(CounterDomain.ADD, Reasons.ACCEPTED));
        }
    }

    @ParameterizedTest
    @EnumSource(DurabilityMode.class)
    void shouldRecoverIdenticalStateAndContinueTheSequence(DurabilityMode durability) throws Exception {
        CounterDomain live = new CounterDomain();
        Random random = new Random(42);
        int accepted = 0;
        try (Engine engine = start(live, durability)) {
            for (int i = 0; i < 5_000; i++) {
                send(engine, CounterDomain.ADD, random.nextInt(50), random.nextInt(21) - 8, i);
            }
            for (int i = 0; i < 5_000; i++) {
                if (replies.take().reason() == Reasons.ACCEPTED) {
                    accepted++;
                }
            }
        }
        long liveHash = live.stateHash();

        CounterDomain recovered = new CounterDomain();
        try (Engine engine = start(recovered, durability)) {
            assertEquals(accepted, engine.recovery().events());
            assertEquals(accepted, engine.recovery().lastSequence());
            send(engine, CounterDomain.ADD, 999, 1, 1);
            assertEquals(accepted + 1, replies.take().version(), "next command gets the next sequence");
        }
        assertEquals(liveHash + Long.hashCode(999) * 31L + 1_000_003L, recovered.stateHash());
        for (int id = 0; id < 50; id++) {
            assertEquals(live.value(id), recovered.value(id), "counter " + id);
        }
    }

    @Test
    void shouldRejectWithInternalErrorWhenHandlerThrowsAndKeepRunning() throws Exception {
        CounterDomain domain = new CounterDomain();
        try (Engine engine = start(domain, DurabilityMode.ASYNC)) {
            send(engine, CounterDomain.ADD, 1, 10, 1);
            send(engine, CounterDomain.THROW_IN_HANDLER, 1, 10, 2);
            send(engine, CounterDomain.ADD, 1, 1, 3);
            assertEquals(Reasons.ACCEPTED, replies.take().reason());
            ReplyRecorder.Outcome failed = replies.take();
            assertEquals(Reasons.INTERNAL_ERROR, failed.reason());
            assertEquals(1, failed.version());
            ReplyRecorder.Outcome after = replies.take();
            assertEquals(Reasons.ACCEPTED, after.reason());
            assertEquals(2, after.version());
            assertEquals(11, after.replyLong0());
            assertTrue(engine.writerAlive());
            assertEquals(1, engine.counters().internalErrors());
        }
        assertEquals(11, domain.value(1));
    }

    @Test
    void shouldLeaveStateAsBeforeWhenApplierThrowsHalfway() throws Exception {
        CounterDomain domain = new CounterDomain();
        try (Engine engine = start(domain, DurabilityMode.ASYNC)) {
            send(engine, CounterDomain.ADD, 1, 10, 1);
            send(engine, CounterDomain.THROW_IN_APPLIER, 1, 5, 2);
            send(engine, CounterDomain.ADD, 1, 1, 3);
            assertEquals(Reasons.ACCEPTED, replies.take().reason());
            assertEquals(Reasons.INTERNAL_ERROR, replies.take().reason());
            ReplyRecorder.Outcome after = replies.take();
            assertEquals(11, after.replyLong0(), "the +5 applied before the throw was undone");
            assertEquals(2, after.version(), "the failed command's events were never journaled");
            assertEquals(1, engine.counters().stateRebuilds());
        }
        assertEquals(11, domain.value(1));
        CounterDomain recovered = new CounterDomain();
        try (Engine ignored = start(recovered, DurabilityMode.ASYNC)) {
            assertEquals(11, recovered.value(1));
        }
    }

    @Test
    void shouldAnswerUnknownCommandTypesWithoutEffect() throws Exception {
        try (Engine engine = start(new CounterDomain(), DurabilityMode.ASYNC)) {
            send(engine, 17, 1, 1, 1);
            assertEquals(Reasons.UNKNOWN_COMMAND, replies.take().reason());
            assertEquals(0, engine.headSequence());
        }
    }

    @Test
    void shouldRunWithoutAJournalWhenAskedToForMeasurement() throws Exception {
        CounterDomain domain = new CounterDomain();
        try (Engine engine = new Engine(new EngineConfig().dataDirectory(dir).withoutJournal(), domain, replies)) {
            for (int i = 1; i <= 50; i++) {
                send(engine, CounterDomain.ADD, 3, 1, i);
                ReplyRecorder.Outcome outcome = replies.take();
                assertEquals(Reasons.ACCEPTED, outcome.reason());
                assertEquals(i, outcome.version(), "sequences still count from 1 without gaps");
            }
            assertEquals(50, engine.headSequence());
            assertThrows(IllegalStateException.class, engine::journal);
        }
        assertEquals(50, domain.value(3));
        assertFalse(java.nio.file.Files.exists(dir.resolve("journal")), "nothing was written to disk");
    }
}
