package io.ringtail.benchmarks.engine;

import io.ringtail.engine.CommandSlot;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingCommandEncoder;
import io.ringtail.trading.TradingCommandType;
import io.ringtail.trading.TradingDomain;
import io.ringtail.trading.TradingLimits;

import java.util.List;

/**
 * The place/cancel workload exchange-core reports on: a book kept at about {@link #RESTING} resting orders
 * over {@link #ACCOUNTS} accounts, each step either placing a GTC order that does not cross or cancelling
 * the oldest resting one. Order ids are assigned by the engine in sequence, and every command here is
 * accepted, so the producer knows each new order's id without waiting for its reply.
 */
final class PlaceCancelWorkload {
    static final int ACCOUNTS = 1_000;
    static final int RESTING = 1_000;
    static final List<Instrument> INSTRUMENTS = List.of(new Instrument("ACME", 1, 1), new Instrument("BOLT", 1, 1));

    private final long[] openOrders = new long[RESTING * 2];
    private final long[] openOwners = new long[RESTING * 2];
    private final byte[] clientOrderId = "c000000000000".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    private int head;
    private int tail;
    private long nextOrderId = 1;
    private long step;

    /**
     * @param retention finished orders kept for clientOrderId de-duplication and lookups; the default
     *                  limits keep 100,000, which makes every step touch an order that finished long ago
     */
    static TradingDomain domain(int retention) {
        return new TradingDomain(INSTRUMENTS, new TradingLimits(ACCOUNTS * 2, 100_000, 4_096, retention, 0));
    }

    /** The commands that open and fund the accounts: call until it returns false. */
    boolean writeSetup(CommandSlot slot, int index) {
        int account = index / 3;
        if (account >= ACCOUNTS) {
            return false;
        }
        long accountId = account + 1;
        int length;
        int type;
        switch (index % 3) {
            case 0 -> {
                type = TradingCommandType.OPEN_ACCOUNT;
                length = TradingCommandEncoder.openAccount(slot.payload(), 0, accountId, 1_000_000_000_000L);
            }
            case 1 -> {
                type = TradingCommandType.DEPOSIT_POSITION;
                length = TradingCommandEncoder.position(slot.payload(), 0, accountId, 0, 1_000_000_000L);
            }
            default -> {
                type = TradingCommandType.DEPOSIT_POSITION;
                length = TradingCommandEncoder.position(slot.payload(), 0, accountId, 1, 1_000_000_000L);
            }
        }
        slot.request(type, length, index, 0, null, 0);
        return true;
    }

    /** Writes the next place or cancel; a place while fewer than RESTING orders rest, else alternating. */
    void writeNext(CommandSlot slot) {
        writeNext(slot, step);
    }

    /** As {@link #writeNext(CommandSlot)}, stamped with {@code timestamp} (epoch nanos) for latency probes. */
    void writeNext(CommandSlot slot, long timestamp) {
        long s = step++;
        long accountId = 1 + (s % ACCOUNTS);
        int open = tail - head;
        if (open < RESTING || (s & 1) == 0) {
            boolean buy = (s & 2) == 0;
            long price = buy ? 100 + (s % 10) : 200 + (s % 10);
            nextClientOrderId();
            int length = TradingCommandEncoder.placeOrder(slot.payload(), 0, accountId, clientOrderId, (int) (s & 1),
                buy ? Side.BUY : Side.SELL, price, 10, TimeInForce.GTC);
            slot.request(TradingCommandType.PLACE_ORDER, length, timestamp, 0, null, 0);
            openOwners[tail % openOrders.length] = accountId;
            openOrders[tail++ % openOrders.length] = nextOrderId++;
        } else {
            long owner = openOwners[head % openOrders.length];
            long orderId = openOrders[head++ % openOrders.length];
            int length = TradingCommandEncoder.cancelOrder(slot.payload(), 0, owner, orderId);
            slot.request(TradingCommandType.CANCEL_ORDER, length, timestamp, 0, null, 0);
        }
    }

    /** Decimal counter in place, so ids stay unique without allocating. */
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
