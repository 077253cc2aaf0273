package io.ringtail.trading;

import io.ringtail.engine.domain.EventSink;

/**
 * Works out, from the unchanged book, what an incoming (or re-priced) order would trade, and emits the
 * trades. Handlers may not change state, so nothing is consumed here: a walk simply stops after
 * {@code quantity}, and the applier removes what the emitted TRADE events filled.
 */
final class MatchPlanner {
    private final TradingState state;

    MatchPlanner(TradingState state) {
        this.state = state;
    }

    /** How much of {@code quantity} at {@code limit} would trade against the opposite side now. */
    long fillable(int symbol, int side, long limit, long quantity) {
        BookSide opposite = state.side(symbol, Side.opposite(side));
        long remaining = quantity;
        for (int i = 0; i < opposite.levelCount() && remaining > 0; i++) {
            PriceLevel level = opposite.levelAt(i);
            if (!opposite.crosses(level.price, limit)) {
                break;
            }
            for (Order maker = level.head; maker != null && remaining > 0; maker = maker.next) {
                remaining -= Math.min(remaining, maker.open());
            }
        }
        return quantity - remaining;
    }

    /**
     * Emits the trades of a taker: best level first, oldest order first, each at the resting price. A buying
     * taker releases its own limit price times the fill from its reservation; a resting buy releases its price.
     */
    void emitTrades(EventSink sink, long takerOrderId, long takerAccountId, int symbol, int side, long limit,
                    long quantity) {
        BookSide opposite = state.side(symbol, Side.opposite(side));
        long tradeId = state.nextTradeId;
        long remaining = quantity;
        for (int i = 0; i < opposite.levelCount() && remaining > 0; i++) {
            PriceLevel level = opposite.levelAt(i);
            if (!opposite.crosses(level.price, limit)) {
                break;
            }
            for (Order maker = level.head; maker != null && remaining > 0; maker = maker.next) {
                long fill = Math.min(remaining, maker.open());
                remaining -= fill;
                if (side == Side.BUY) {
                    TradingEventEncoder.trade(sink, tradeId++, symbol, takerOrderId, maker.orderId, takerAccountId,
                        maker.accountId, level.price, fill, limit * fill, side);
                } else {
                    TradingEventEncoder.trade(sink, tradeId++, symbol, maker.orderId, takerOrderId, maker.accountId,
                        takerAccountId, level.price, fill, level.price * fill, side);
                }
            }
        }
    }

    /**
     * Whether an order left resting at {@code price} needs a price level the side has no room for.
     *
     * @param leaving an order of that side that leaves its level first (an amend that loses priority), or null
     */
    boolean lacksLevel(int symbol, int side, long price, Order leaving) {
        BookSide own = state.side(symbol, side);
        int count = own.levelCount();
        PriceLevel existing = own.find(price);
        if (leaving != null && leaving.level.orderCount == 1) {
            count--;
            if (existing == leaving.level) {
                existing = null;
            }
        }
        return existing == null && count >= state.limits.maxPriceLevels();
    }
}
