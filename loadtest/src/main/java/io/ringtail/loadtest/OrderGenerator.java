package io.ringtail.loadtest;

import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Random;

/**
 * Draws new orders and amendments. Both sides are drawn from the same band of ticks around the
 * mid, so roughly half of the incoming orders cross a resting one and trade; a tenth are IOC.
 */
final class OrderGenerator {
    static final int PRICE_BAND_TICKS = 10;
    static final int MAX_LOTS = 10;
    private static final double IOC_SHARE = 0.1;

    private final List<Instrument> instruments;

    OrderGenerator(List<Instrument> instruments) {
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("no instruments to trade");
        }
        this.instruments = List.copyOf(instruments);
    }

    /** A FOK limit order, priced like any other: it trades at once or the gateway refuses it (422). */
    KnownOrder nextFok(Random random, long accountId, String clientOrderId) {
        KnownOrder drawn = nextOrder(random, accountId, clientOrderId);
        return new KnownOrder(accountId, clientOrderId, drawn.instrument(), drawn.side(), drawn.price(),
                drawn.quantity(), "FOK");
    }

    /** A post-only GTC order: it rests as a maker, or is refused (422 WOULD_CROSS) when it would trade. */
    KnownOrder nextPostOnly(Random random, long accountId, String clientOrderId) {
        KnownOrder drawn = nextOrder(random, accountId, clientOrderId);
        return new KnownOrder(accountId, clientOrderId, drawn.instrument(), drawn.side(), drawn.price(),
                drawn.quantity(), "GTC").withControls(new JsonObject().put("postOnly", true));
    }

    /**
     * A MARKET IOC order whose protection price is the drawn limit; half the buys carry a budget of what
     * that limit would cost instead.
     */
    KnownOrder nextMarket(Random random, long accountId, String clientOrderId) {
        KnownOrder drawn = nextOrder(random, accountId, clientOrderId);
        JsonObject controls = new JsonObject().put("type", "MARKET");
        if (drawn.side().equals("BUY") && random.nextBoolean()) {
            controls.put("budget", drawn.price() * drawn.quantity());
        }
        return new KnownOrder(accountId, clientOrderId, drawn.instrument(), drawn.side(), drawn.price(),
                drawn.quantity(), "IOC").withControls(controls);
    }

    /** The symbol a mass cancel names. */
    Instrument anyInstrument(Random random) {
        return instruments.get(random.nextInt(instruments.size()));
    }

    KnownOrder nextOrder(Random random, long accountId, String clientOrderId) {
        Instrument instrument = instruments.get(random.nextInt(instruments.size()));
        String side = random.nextBoolean() ? "BUY" : "SELL";
        long offsetTicks = random.nextInt(2 * PRICE_BAND_TICKS + 1) - PRICE_BAND_TICKS;
        long price = instrument.midPrice() + offsetTicks * instrument.tickSize();
        long quantity = (1 + random.nextInt(MAX_LOTS)) * instrument.lotSize();
        String timeInForce = random.nextDouble() < IOC_SHARE ? "IOC" : "GTC";
        return new KnownOrder(accountId, clientOrderId, instrument, side, price, quantity, timeInForce);
    }

    /**
     * A PATCH body moving the price by a few ticks, changing the total quantity by whole lots, or both;
     * the quantity stays above what the client last saw filled.
     */
    JsonObject nextAmend(Random random, KnownOrder order) {
        Instrument instrument = order.instrument();
        JsonObject body = new JsonObject().put("accountId", order.accountId());
        int kind = random.nextInt(3);
        if (kind != 1) {
            long ticks = (1 + random.nextInt(3)) * (random.nextBoolean() ? 1 : -1);
            body.put("price", Math.max(instrument.tickSize(), order.price() + ticks * instrument.tickSize()));
        }
        if (kind != 0) {
            long lots = (1 + random.nextInt(3)) * (random.nextBoolean() ? 1 : -1);
            long floor = order.filledQuantity() + instrument.lotSize();
            body.put("quantity", Math.max(floor, order.quantity() + lots * instrument.lotSize()));
        }
        return body;
    }
}
