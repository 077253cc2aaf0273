package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandSlot;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingCommandEncoder;
import io.ringtail.trading.TradingCommandType;
import io.ringtail.trading.TradingDomain;
import io.ringtail.trading.TradingLimits;
import io.ringtail.workload.CrossingStream;
import io.ringtail.workload.FundedAccounts;
import io.ringtail.workload.PlaceCancelStream;
import io.ringtail.workload.SetupSink;
import io.ringtail.workload.StepSink;

import java.util.List;

/**
 * The place/cancel workload exchange-core reports on ({@link PlaceCancelStream}: a book kept at about
 * {@link #RESTING} resting orders over {@link #ACCOUNTS} accounts, each step either placing a GTC order that does
 * not cross or cancelling the oldest resting one), encoded into ring slots in place. The stream lives in the
 * {@code workload} module so that the exchange-core peer drives exactly the same steps.
 */
final class PlaceCancelWorkload implements StepSink, SetupSink {
    static final int ACCOUNTS = FundedAccounts.ACCOUNTS;
    static final int RESTING = PlaceCancelStream.RESTING;
    static final List<Instrument> INSTRUMENTS = List.of(new Instrument(FundedAccounts.SYMBOLS.get(0), 1, 1),
        new Instrument(FundedAccounts.SYMBOLS.get(1), 1, 1));

    private final PlaceCancelStream stream = new PlaceCancelStream();
    private CommandSlot slot;
    private long timestamp;

    /**
     * @param retention finished orders kept for clientOrderId de-duplication and lookups; the default
     *                  limits keep 100,000, which makes every step touch an order that finished long ago
     */
    static TradingDomain domain(int retention) {
        return new TradingDomain(INSTRUMENTS, new TradingLimits(ACCOUNTS * 2, 100_000, 4_096, retention, 0));
    }

    /** The commands that open and fund the accounts: call until it returns false. */
    boolean writeSetup(CommandSlot slot, int index) {
        this.slot = slot;
        this.timestamp = index;
        return FundedAccounts.setup(index, this);
    }

    /** Writes the next place or cancel; a place while fewer than RESTING orders rest, else alternating. */
    void writeNext(CommandSlot slot) {
        writeNext(slot, stream.steps());
    }

    /** As {@link #writeNext(CommandSlot)}, stamped with {@code timestamp} (epoch nanos) for latency probes. */
    void writeNext(CommandSlot slot, long timestamp) {
        this.slot = slot;
        this.timestamp = timestamp;
        stream.next(this);
    }

    /** Encodes the next step of another stream (the crossing one) the same way. */
    void encode(CrossingStream other, CommandSlot slot, long timestamp) {
        this.slot = slot;
        this.timestamp = timestamp;
        other.next(this);
    }

    @Override
    public void place(long accountId, long orderId, byte[] clientOrderId, int symbol, boolean buy, long price, long quantity) {
        // Ringtail assigns the ids the stream predicts (1, 2, 3…), so orderId is not on the wire.
        int length = TradingCommandEncoder.placeOrder(slot.payload(), 0, accountId, clientOrderId, symbol,
            buy ? Side.BUY : Side.SELL, price, quantity, TimeInForce.GTC);
        slot.request(TradingCommandType.PLACE_ORDER, length, timestamp, 0, null, 0);
    }

    @Override
    public void cancel(long accountId, long orderId, int symbol) {
        int length = TradingCommandEncoder.cancelOrder(slot.payload(), 0, accountId, orderId);
        slot.request(TradingCommandType.CANCEL_ORDER, length, timestamp, 0, null, 0);
    }

    @Override
    public void openAccount(long accountId, long cash) {
        int length = TradingCommandEncoder.openAccount(slot.payload(), 0, accountId, cash);
        slot.request(TradingCommandType.OPEN_ACCOUNT, length, timestamp, 0, null, 0);
    }

    @Override
    public void depositPosition(long accountId, int symbol, long quantity) {
        int length = TradingCommandEncoder.position(slot.payload(), 0, accountId, symbol, quantity);
        slot.request(TradingCommandType.DEPOSIT_POSITION, length, timestamp, 0, null, 0);
    }
}
