package io.ringtail.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ringtail.engine.CommandProcessor;
import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.DiscardingJournalAppender;
import io.ringtail.engine.WriterCounters;
import io.ringtail.engine.domain.Reasons;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The writer allocates nothing in steady state for the issue #22 commands either: post-only orders, a FOK
 * that fills, a budget MARKET buy, a self-trade-prevention cancel and a mass cancel, over and over. Measured
 * with the JVM's per-thread allocation counter around thousands of commands after a warm-up.
 */
class TradingWriterAllocationTest {
    private static final int ACME = 0;
    private static final int IDS = 1_000;
    private final CommandSlot slot = new CommandSlot();
    private final byte[][] seller = ids("s");
    private final byte[][] buyer = ids("b");
    private CommandProcessor processor;
    private int next;

    @Test
    void shouldNotAllocateOnTheWriterForTheNewOrderTypes() {
        processor = new CommandProcessor(new TradingDomain(TradingHarness.INSTRUMENTS, new TradingLimits(4, 100, 16, 50, 0)),
            new DiscardingJournalAppender(), () -> {
                throw new IllegalStateException("no rebuild");
            }, 0, 0, new WriterCounters());
        for (long account = 1; account <= 2; account++) {
            run(TradingCommandType.OPEN_ACCOUNT, TradingCommandEncoder.openAccount(slot.payload(), 0, account, 1L << 50));
            run(TradingCommandType.DEPOSIT_POSITION, TradingCommandEncoder.position(slot.payload(), 0, account, ACME, 1L << 40));
        }
        for (int i = 0; i < 20_000; i++) {
            cycle();
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long thread = Thread.currentThread().getId();
        long start = threads.getThreadAllocatedBytes(thread);
        long nothing = threads.getThreadAllocatedBytes(thread) - start;
        long before = threads.getThreadAllocatedBytes(thread);
        for (int i = 0; i < 5_000; i++) {
            cycle();
        }
        long allocated = threads.getThreadAllocatedBytes(thread) - before - nothing;
        assertEquals(0, allocated, "bytes allocated by 5,000 cycles of the new commands");
    }

    /** Three post-only sells rest; a FOK and a budget buy take two; an STP buy cancels the third; a mass cancel ends it. */
    private void cycle() {
        for (int i = 0; i < 3; i++) {
            place(1, seller, Side.SELL, 105, TimeInForce.GTC, OrderType.LIMIT, true, SelfTradePrevention.ACCOUNT_DEFAULT, 0);
        }
        place(2, buyer, Side.BUY, 105, TimeInForce.FOK, OrderType.LIMIT, false, SelfTradePrevention.ACCOUNT_DEFAULT, 0);
        place(2, buyer, Side.BUY, 0, TimeInForce.IOC, OrderType.MARKET, false, SelfTradePrevention.ACCOUNT_DEFAULT, 1_050);
        place(1, seller, Side.BUY, 105, TimeInForce.GTC, OrderType.LIMIT, false, SelfTradePrevention.CANCEL_OLDEST, 0);
        run(TradingCommandType.MASS_CANCEL, TradingCommandEncoder.massCancel(slot.payload(), 0, 1,
            TradingCommandEncoder.ALL_SYMBOLS, TradingCommandEncoder.BOTH_SIDES));
        assertEquals(1, MassCancelReplyCodec.cancelled(slot.replyBuffer()), "the STP buy rested and was mass-cancelled");
    }

    private void place(long account, byte[][] ids, int side, long price, int timeInForce, int type, boolean postOnly,
                       int stp, long budget) {
        byte[] clientOrderId = ids[next++ % IDS];
        run(TradingCommandType.PLACE_ORDER, TradingCommandEncoder.placeOrder(slot.payload(), 0, account, clientOrderId,
            ACME, side, price, 10, timeInForce, type, postOnly, stp, budget));
    }

    private void run(int type, int length) {
        slot.request(type, length, 0, 0, null, 0);
        processor.process(slot);
        if (slot.reason() != Reasons.ACCEPTED) {
            throw new AssertionError("rejected: " + TradingReasons.name(slot.reason()));
        }
    }

    private static byte[][] ids(String prefix) {
        byte[][] ids = new byte[IDS][];
        for (int i = 0; i < IDS; i++) {
            ids[i] = (prefix + i).getBytes(StandardCharsets.US_ASCII);
        }
        return ids;
    }
}
