package io.ringtail.trading;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.CommandWriter;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.journal.DurabilityMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The trading domain through the whole write side (ring, writer, Chronicle journal) and back: state
 * recovered from the journal alone equals the state before shutdown, the sequence continues, and a
 * clientOrderId retry after a restart still gets its original reply.
 */
class TradingRecoveryTest {
    private static final int COMMANDS = 20_000;

    @TempDir
    Path dir;

    private final BlockingQueue<ModelReply> replies = new ArrayBlockingQueue<>(COMMANDS * 2);
    private final ReplyListener recorder = new ReplyListener() {
        @Override
        public void onReply(CommandSlot slot) {
            replies.add(ModelReply.of(slot));
        }
    };

    private Engine start(TradingDomain domain, DurabilityMode durability) {
        return new Engine(new EngineConfig().dataDirectory(dir).durability(durability).ringSize(4096), domain, recorder);
    }

    private static TradingDomain newDomain() {
        return new TradingDomain(TradingHarness.INSTRUMENTS, TradingHarness.smallLimits());
    }

    private ModelReply send(Engine engine, TradingCommand command) throws InterruptedException {
        CommandWriter<TradingCommand> writer = (slot, c) -> slot.request(c.type(), c.encode(slot.payload()),
            System.nanoTime(), 0, null, 0);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!engine.tryPublish(writer, command)) {
            assertTrue(System.nanoTime() < deadline, "ring stayed full");
            Thread.onSpinWait();
        }
        ModelReply reply = replies.poll(10, TimeUnit.SECONDS);
        assertNotNull(reply, "no reply within 10 s");
        return reply;
    }

    @ParameterizedTest
    @EnumSource(DurabilityMode.class)
    void shouldRecoverIdenticalStateFromTheJournalAloneAndContinueTheSequence(DurabilityMode durability) throws Exception {
        ReferenceTradingModel model = new ReferenceTradingModel(TradingHarness.INSTRUMENTS, TradingHarness.smallLimits());
        RandomCommandGenerator generator = new RandomCommandGenerator(99, model::ownerOf, model::nextOrderId);
        TradingDomain live = newDomain();
        long lastVersion = 0;
        // Sent one at a time, so in SYNC every command waits for its own fsync: fewer keep the suite quick.
        int commands = durability == DurabilityMode.SYNC ? COMMANDS / 4 : COMMANDS;
        try (Engine engine = start(live, durability)) {
            for (int i = 0; i < commands; i++) {
                TradingCommand command = generator.next();
                ModelReply expected = model.apply(command);
                ModelReply actual = send(engine, command);
                assertEquals(expected.reason(), actual.reason(), "command " + i + ": " + command);
                lastVersion = Math.max(lastVersion, actual.version());
            }
        }
        TradingStateDump before = live.dump();
        assertEquals(model.dump(), before, "the live engine agrees with the reference model");

        TradingDomain recovered = newDomain();
        try (Engine engine = start(recovered, durability)) {
            assertEquals(lastVersion, engine.recovery().lastSequence());
            assertTrue(engine.recovery().events() > commands / 4, "a workload that mostly emits: " + engine.recovery().events());
            // Compare before any new command: the writer owns the state, but it is idle until one arrives.
            assertEquals(before.hash(), recovered.stateHash());
            assertEquals(before, recovered.dump(), "field by field");
            long existing = before.accounts().get(0).accountId();
            ModelReply next = send(engine, TradingCommand.cash(TradingCommandType.DEPOSIT_CASH, existing, 5));
            assertEquals(Reasons.ACCEPTED, next.reason());
            assertEquals(lastVersion + 1, next.version(), "the next command gets the next sequence");
        }
    }

    @Test
    void shouldAnswerAClientOrderIdRetryWithTheOriginalReplyAfterARestart() throws Exception {
        ModelReply original;
        long head;
        try (Engine engine = start(newDomain(), DurabilityMode.ASYNC)) {
            send(engine, TradingCommand.openAccount(1, 1_000_000));
            original = send(engine, TradingCommand.place(1, "retry-me", 1, Side.BUY, 100, 10, TimeInForce.GTC));
            assertEquals(Reasons.ACCEPTED, original.reason());
            head = engine.headSequence();
        }
        try (Engine engine = start(newDomain(), DurabilityMode.ASYNC)) {
            ModelReply retry = send(engine, TradingCommand.place(1, "retry-me", 1, Side.BUY, 100, 10, TimeInForce.GTC));
            assertEquals(original.orderId(), retry.orderId());
            assertEquals(original.status(), retry.status());
            assertEquals(original.filled(), retry.filled());
            assertEquals(original.version(), retry.version());
            assertTrue(retry.duplicate());
            assertEquals(head, engine.headSequence(), "the retry emitted nothing");
        }
    }

    @Test
    void shouldKeepRejectionsOutOfTheJournal() throws Exception {
        List<ModelReply> rejected = new ArrayList<>();
        try (Engine engine = start(newDomain(), DurabilityMode.ASYNC)) {
            rejected.add(send(engine, TradingCommand.cash(TradingCommandType.DEPOSIT_CASH, 5, 10)));
            rejected.add(send(engine, TradingCommand.place(5, "x", 0, Side.BUY, 5, 10, TimeInForce.GTC)));
            assertEquals(0, engine.headSequence());
        }
        for (ModelReply reply : rejected) {
            assertEquals(TradingReasons.UNKNOWN_ACCOUNT, reply.reason());
        }
        try (Engine engine = start(newDomain(), DurabilityMode.ASYNC)) {
            assertEquals(0, engine.recovery().events());
        }
    }
}
