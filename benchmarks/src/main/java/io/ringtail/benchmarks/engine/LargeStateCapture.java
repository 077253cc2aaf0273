package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandProcessor;
import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.DiscardingJournalAppender;
import io.ringtail.engine.WriterCounters;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.SnapshotCodec;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingCommandEncoder;
import io.ringtail.trading.TradingCommandType;
import io.ringtail.trading.TradingDomain;
import io.ringtail.trading.TradingLimits;
import org.agrona.ExpandableDirectByteBuffer;

import java.nio.charset.StandardCharsets;

/**
 * The writer's snapshot pause at the state sizes the default limits allow: 900,000 resting orders and
 * 100,000 retained finished ones (1M held orders, each with its clientOrderId) over 100,000 accounts.
 * Fills a trading domain through the command processor without a journal, then times the codec's write
 * (what the writer thread does at a batch boundary) and a restore into a fresh domain.
 */
final class LargeStateCapture {
    private static final int ACCOUNTS = 100_000;
    private static final int ORDERS = 1_000_000;
    private static final int CANCELLED = 100_000;

    private LargeStateCapture() {
    }

    static String measure() {
        TradingLimits limits = TradingLimits.defaults();
        TradingDomain domain = new TradingDomain(PlaceCancelWorkload.INSTRUMENTS, limits);
        CommandProcessor processor = new CommandProcessor(domain, new DiscardingJournalAppender(), () -> {
            throw new IllegalStateException("no journal to rebuild from");
        }, 0, 0, new WriterCounters());
        CommandSlot slot = new CommandSlot();
        for (long account = 1; account <= ACCOUNTS; account++) {
            run(processor, slot, TradingCommandType.OPEN_ACCOUNT,
                TradingCommandEncoder.openAccount(slot.payload(), 0, account, 1_000_000_000_000L));
            run(processor, slot, TradingCommandType.DEPOSIT_POSITION,
                TradingCommandEncoder.position(slot.payload(), 0, account, 0, 1_000_000_000L));
        }
        for (int i = 0; i < ORDERS; i++) {
            long account = 1 + i % ACCOUNTS;
            boolean buy = (i & 1) == 0;
            byte[] clientOrderId = ("order-" + i).getBytes(StandardCharsets.US_ASCII);
            run(processor, slot, TradingCommandType.PLACE_ORDER, TradingCommandEncoder.placeOrder(slot.payload(), 0, account,
                clientOrderId, 0, buy ? Side.BUY : Side.SELL, buy ? 1_000 + i % 500 : 2_000 + i % 500, 10, TimeInForce.GTC));
        }
        for (int i = 0; i < CANCELLED; i++) {
            run(processor, slot, TradingCommandType.CANCEL_ORDER,
                TradingCommandEncoder.cancelOrder(slot.payload(), 0, 1 + i % ACCOUNTS, i + 1));
        }

        SnapshotCodec codec = domain.snapshotCodec().orElseThrow();
        ExpandableDirectByteBuffer staging = new ExpandableDirectByteBuffer(64 * 1024);
        int length = codec.write(staging);
        long bestWrite = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            codec.write(staging);
            bestWrite = Math.min(bestWrite, System.nanoTime() - started);
        }
        TradingDomain restored = new TradingDomain(PlaceCancelWorkload.INSTRUMENTS, limits);
        long bestRead = Long.MAX_VALUE;
        for (int i = 0; i < 3; i++) {
            restored.reset();
            long started = System.nanoTime();
            restored.snapshotCodec().orElseThrow().read(staging, length, codec.formatVersion());
            bestRead = Math.min(bestRead, System.nanoTime() - started);
        }
        if (restored.stateHash() != domain.stateHash()) {
            throw new IllegalStateException("restored state differs from the captured one");
        }
        return String.format("%nLarge state (default limits: %,d accounts, %,d resting + %,d retained orders): snapshot %.0f MB, "
                + "capture pause on the writer %.0f ms (best of 5), restore %.0f ms (best of 3).",
            ACCOUNTS, ORDERS - CANCELLED, CANCELLED, length / 1e6, bestWrite / 1e6, bestRead / 1e6);
    }

    private static void run(CommandProcessor processor, CommandSlot slot, int type, int length) {
        slot.request(type, length, 1, 0, null, 0);
        processor.process(slot);
        if (slot.reason() != Reasons.ACCEPTED) {
            throw new IllegalStateException("set-up command refused with reason " + slot.reason());
        }
    }
}
