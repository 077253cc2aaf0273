package io.ringtail.trading.view;

import io.ringtail.trading.Instrument;
import io.ringtail.trading.OrderType;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.ringtail.trading.TradingCommandEncoder;
import io.ringtail.trading.TradingCommandType;
import org.agrona.ExpandableArrayBuffer;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A seeded random workload aimed at the read views: funded accounts placing crossing GTC and IOC orders
 * on every symbol, cancelling and amending (price, quantity up and down) their own open orders, depositing
 * and withdrawing, plus a few commands the domain rejects. Orders are targeted through the owners the
 * caller reports back from replies ({@link #onAccepted}), which may lag: a stale target is just rejected.
 *
 * <p>The package-private {@code RandomCommandGenerator} of {@code io.ringtail.trading} cannot be used from
 * this package; this one also keeps most commands valid, which is what exercises the views.
 */
public final class ViewWorkload {
    private final SplittableRandom random;
    private final List<Instrument> instruments;
    private final int accounts;
    private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(256);
    private final Map<Long, Long> ownerOfOrder = new ConcurrentHashMap<>();
    private volatile long highestOrderId;
    private long timestamp = 1_700_000_000_000_000_000L;
    private long clientOrderIds;

    public ViewWorkload(long seed, List<Instrument> instruments, int accounts) {
        this.random = new SplittableRandom(seed);
        this.instruments = instruments;
        this.accounts = accounts;
    }

    /** Opens and funds every account with cash and a position in every symbol. */
    public List<EncodedCommand> setup() {
        List<EncodedCommand> commands = new ArrayList<>();
        for (long account = 1; account <= accounts; account++) {
            commands.add(encode(TradingCommandType.OPEN_ACCOUNT, TradingCommandEncoder.openAccount(buffer, 0, account, 2_000_000_000L)));
            for (int symbol = 0; symbol < instruments.size(); symbol++) {
                long quantity = instruments.get(symbol).lotSize() * 1_000_000;
                commands.add(encode(TradingCommandType.DEPOSIT_POSITION, TradingCommandEncoder.position(buffer, 0, account, symbol, quantity)));
            }
        }
        return commands;
    }

    /** Called with each accepted order from the replies (any thread). */
    public void onAccepted(long orderId, long accountId) {
        ownerOfOrder.put(orderId, accountId);
        if (orderId > highestOrderId) {
            highestOrderId = orderId;
        }
    }

    /** The highest order id reported accepted so far. */
    public long highestOrderId() {
        return highestOrderId;
    }

    public EncodedCommand next() {
        int roll = random.nextInt(100);
        if (roll < 60) {
            if (random.nextInt(100) < 15) {
                return controlledPlace(account(), random.nextInt(instruments.size()));
            }
            return place(account(), random.nextInt(instruments.size()), random.nextInt(100) < 80 ? TimeInForce.GTC : TimeInForce.IOC);
        }
        if (roll == 60 && random.nextInt(4) == 0) {
            int symbol = random.nextBoolean() ? TradingCommandEncoder.ALL_SYMBOLS : random.nextInt(instruments.size());
            return encode(TradingCommandType.MASS_CANCEL, TradingCommandEncoder.massCancel(buffer, 0, account(), symbol,
                random.nextInt(3)));
        }
        long orderId = recentOrderId();
        Long owner = ownerOfOrder.get(orderId);
        long account = owner == null || random.nextInt(100) < 3 ? account() : owner;
        if (roll < 78) {
            return encode(TradingCommandType.CANCEL_ORDER, TradingCommandEncoder.cancelOrder(buffer, 0, account, orderId));
        }
        if (roll < 94) {
            int symbol = random.nextInt(instruments.size());
            long price = random.nextBoolean() ? price(symbol) : 0;
            long quantity = random.nextInt(3) == 0 ? 0 : quantity(symbol);
            return encode(TradingCommandType.AMEND_ORDER, TradingCommandEncoder.amendOrder(buffer, 0, account, orderId, price, quantity));
        }
        if (roll < 97) {
            int type = random.nextBoolean() ? TradingCommandType.DEPOSIT_CASH : TradingCommandType.WITHDRAW_CASH;
            return encode(type, TradingCommandEncoder.cash(buffer, 0, account(), random.nextLong(1, 5_000_000)));
        }
        int type = random.nextBoolean() ? TradingCommandType.DEPOSIT_POSITION : TradingCommandType.WITHDRAW_POSITION;
        int symbol = random.nextInt(instruments.size());
        return encode(type, TradingCommandEncoder.position(buffer, 0, account(), symbol, quantity(symbol)));
    }

    /** A valid order of {@code account}: a fresh clientOrderId, a price around the symbol's mid. */
    public EncodedCommand place(long account, int symbol, int timeInForce) {
        int side = random.nextBoolean() ? Side.BUY : Side.SELL;
        byte[] clientOrderId = ("w-" + (++clientOrderIds)).getBytes(StandardCharsets.US_ASCII);
        return encode(TradingCommandType.PLACE_ORDER, TradingCommandEncoder.placeOrder(buffer, 0, account, clientOrderId,
            symbol, side, price(symbol), quantity(symbol), timeInForce));
    }

    /**
     * An order with the issue #22 controls, so the views meet what they must follow without re-deriving it:
     * FOK, post-only, MARKET with a protection price or a budget, and self-trade prevention of every mode.
     */
    private EncodedCommand controlledPlace(long account, int symbol) {
        int side = random.nextBoolean() ? Side.BUY : Side.SELL;
        byte[] clientOrderId = ("w-" + (++clientOrderIds)).getBytes(StandardCharsets.US_ASCII);
        int stp = random.nextInt(5);
        int kind = random.nextInt(4);
        long price = price(symbol);
        long quantity = quantity(symbol);
        int length = switch (kind) {
            case 0 -> TradingCommandEncoder.placeOrder(buffer, 0, account, clientOrderId, symbol, side, price, quantity,
                TimeInForce.FOK, OrderType.LIMIT, false, stp, 0);
            case 1 -> TradingCommandEncoder.placeOrder(buffer, 0, account, clientOrderId, symbol, side, price, quantity,
                TimeInForce.GTC, OrderType.LIMIT, true, stp, 0);
            case 2 -> TradingCommandEncoder.placeOrder(buffer, 0, account, clientOrderId, symbol, side, price, quantity,
                TimeInForce.IOC, OrderType.MARKET, false, stp, 0);
            default -> side == Side.BUY
                ? TradingCommandEncoder.placeOrder(buffer, 0, account, clientOrderId, symbol, side, 0, quantity,
                    TimeInForce.IOC, OrderType.MARKET, false, stp, price * quantity / 2)
                : TradingCommandEncoder.placeOrder(buffer, 0, account, clientOrderId, symbol, side, price, quantity,
                    TimeInForce.GTC, OrderType.LIMIT, false, stp, 0);
        };
        return encode(TradingCommandType.PLACE_ORDER, length);
    }

    private long recentOrderId() {
        long highest = highestOrderId;
        return highest == 0 ? 1 : Math.max(1, highest - random.nextLong(Math.min(highest, 300)));
    }

    private long account() {
        return 1 + random.nextInt(accounts);
    }

    private long price(int symbol) {
        return instruments.get(symbol).tickSize() * (1_000 + random.nextInt(-15, 16));
    }

    private long quantity(int symbol) {
        return instruments.get(symbol).lotSize() * (1 + random.nextInt(50));
    }

    private EncodedCommand encode(int type, int length) {
        byte[] payload = new byte[length];
        buffer.getBytes(0, payload);
        return new EncodedCommand(type, payload, timestamp++);
    }
}
