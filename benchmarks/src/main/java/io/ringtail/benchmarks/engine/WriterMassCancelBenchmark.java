package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandProcessor;
import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.DiscardingJournalAppender;
import io.ringtail.engine.WriterCounters;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.trading.MassCancelReplyCodec;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingCommandEncoder;
import io.ringtail.trading.TradingCommandType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * The writer's work for one MASS_CANCEL (issue #22: at most 1 ms for 1,000 orders), on one thread with a
 * journal that keeps nothing: before each invocation account 1 gets {@code orders} resting GTC orders, among
 * {@code background} resting orders of other accounts; the measured command cancels all of account 1's,
 * deciding, applying and staging one ORDER_CANCELLED each.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WriterMassCancelBenchmark {
    @Param({"1000"})
    public int orders;

    /** Resting orders of other accounts, which the mass cancel must not have to walk. */
    @Param({"0", "90000"})
    public int background;

    private final CommandSlot slot = new CommandSlot();
    private final byte[] clientOrderId = "m000000000000".getBytes(StandardCharsets.US_ASCII);
    private final PlaceCancelWorkload workload = new PlaceCancelWorkload();
    private CommandProcessor processor;

    @Setup(Level.Trial)
    public void setUp() {
        processor = new CommandProcessor(PlaceCancelWorkload.domain(100_000), new DiscardingJournalAppender(), () -> {
            throw new IllegalStateException("the discarding journal cannot rebuild");
        }, 0, 0, new WriterCounters());
        for (int i = 0; workload.writeSetup(slot, i); i++) {
            processor.process(slot);
        }
        for (int i = 0; i < background; i++) {
            place(2 + i % (PlaceCancelWorkload.ACCOUNTS - 1), i);
        }
    }

    @Setup(Level.Invocation)
    public void placeOrders() {
        for (int i = 0; i < orders; i++) {
            place(1, i);
        }
    }

    @Benchmark
    public long massCancel() {
        int length = TradingCommandEncoder.massCancel(slot.payload(), 0, 1, TradingCommandEncoder.ALL_SYMBOLS,
            TradingCommandEncoder.BOTH_SIDES);
        slot.request(TradingCommandType.MASS_CANCEL, length, 0, 0, null, 0);
        processor.process(slot);
        long cancelled = MassCancelReplyCodec.cancelled(slot.replyBuffer());
        if (slot.reason() != Reasons.ACCEPTED || cancelled != orders) {
            throw new IllegalStateException("mass cancel answered " + slot.reason() + ", " + cancelled + " cancelled");
        }
        return cancelled;
    }

    /** A GTC order that does not cross: buys below 100 + 50, sells above 200, spread over 50 prices each. */
    private void place(long accountId, int i) {
        boolean buy = (i & 1) == 0;
        long price = buy ? 100 + i % 50 : 200 + i % 50;
        nextClientOrderId();
        int length = TradingCommandEncoder.placeOrder(slot.payload(), 0, accountId, clientOrderId, i % 2,
            buy ? Side.BUY : Side.SELL, price, 10, TimeInForce.GTC);
        slot.request(TradingCommandType.PLACE_ORDER, length, 0, 0, null, 0);
        processor.process(slot);
        if (slot.reason() != Reasons.ACCEPTED) {
            throw new IllegalStateException("setup place rejected with reason " + slot.reason());
        }
    }

    private void nextClientOrderId() {
        for (int i = clientOrderId.length - 1; i > 0; i--) {
            if (clientOrderId[i] < '9') {
                clientOrderId[i]++;
                return;
            }
            clientOrderId[i] = '0';
        }
    }
}
