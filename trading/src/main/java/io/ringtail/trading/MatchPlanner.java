package io.ringtail.trading;

import io.ringtail.engine.domain.EventSink;

/**
 * Works out, from the unchanged book, what an incoming (or re-priced) order would trade, and emits the
 * trades. Handlers may not change state, so nothing is consumed here: a walk simply stops after
 * {@code quantity}, and the applier removes what the emitted TRADE events filled.
 *
 * <p>Planning and emitting are one walk ({@link #walk}, with or without a sink), so what a handler
 * validated against (a FOK's full fill, whether a remainder rests) is exactly what it then emits. The walk
 * applies self-trade prevention and a MARKET buy's budget; the outcome of the last walk is kept in fields
 * ({@link #stoppedBySelfTrade()}, {@link #spent()}) rather than returned in an object, so nothing is allocated.
 */
final class MatchPlanner {
    private final TradingState state;
    private boolean stoppedBySelfTrade;
    private long spent;

    MatchPlanner(TradingState state) {
        this.state = state;
    }

    /** Whether an order at {@code price} would trade on arrival: the best opposite level crosses it. */
    boolean crosses(int symbol, int side, long price) {
        BookSide opposite = state.side(symbol, Side.opposite(side));
        return opposite.levelCount() > 0 && opposite.crosses(opposite.levelAt(0).price, price);
    }

    /**
     * Walks the opposite side best level first, oldest order first, each trade at the resting price; emits
     * when {@code sink} is not null, else only plans.
     *
     * <p>A buying taker releases from its reservation its limit times the fill, or, with a budget, exactly
     * what the fill costs (and, on the trade that fills it completely, the rest of the budget); a resting buy
     * releases its price. Meeting a resting order of the taker's own
     * account under a mode other than ALLOW, the resting order is cancelled (CANCEL_OLDEST, CANCEL_BOTH) and
     * the walk goes on (CANCEL_OLDEST) or stops (CANCEL_NEWEST, CANCEL_BOTH; see {@link #stoppedBySelfTrade()}).
     * With a budget there is no price limit: the walk stops at the first resting order where the budget
     * cannot buy one more lot.
     *
     * @param limit  the worst price the taker may trade at; ignored when {@code budget} > 0
     * @param budget a MARKET buy's cash budget, or 0
     * @return the quantity filled
     */
    long walk(EventSink sink, long takerOrderId, long takerAccountId, int symbol, int side, long limit,
              long quantity, long budget, int selfTradePrevention) {
        BookSide opposite = state.side(symbol, Side.opposite(side));
        long lot = state.instruments[symbol].lotSize();
        long tradeId = state.nextTradeId;
        long remaining = quantity;
        long budgetLeft = budget;
        stoppedBySelfTrade = false;
        for (int i = 0; i < opposite.levelCount() && remaining > 0; i++) {
            PriceLevel level = opposite.levelAt(i);
            if (budget == 0 && !opposite.crosses(level.price, limit)) {
                break;
            }
            for (Order maker = level.head; maker != null && remaining > 0; maker = maker.next) {
                // Later levels only cost more: once one lot is out of reach, the walk is over (before any
                // self-trade check, so a budget taker never cancels an order it could not have reached).
                long affordable = budget > 0 ? budgetLeft / level.price / lot * lot : remaining;
                if (affordable == 0) {
                    return finish(quantity, remaining, budget, budgetLeft);
                }
                if (maker.accountId == takerAccountId && selfTradePrevention != SelfTradePrevention.ALLOW) {
                    if (SelfTradePrevention.cancelsResting(selfTradePrevention) && sink != null) {
                        TradingEventEncoder.orderCancelled(sink, maker.orderId, maker.accountId, symbol, maker.side,
                            maker.open(), maker.reservation(), TradingEventType.CANCELLED_SELF_TRADE);
                    }
                    if (SelfTradePrevention.cancelsIncoming(selfTradePrevention)) {
                        stoppedBySelfTrade = true;
                        return finish(quantity, remaining, budget, budgetLeft);
                    }
                    continue;
                }
                long fill = Math.min(Math.min(remaining, maker.open()), affordable);
                if (budget > 0) {
                    budgetLeft -= level.price * fill;
                }
                remaining -= fill;
                if (sink == null) {
                    continue;
                }
                if (side == Side.BUY) {
                    // A budget taker that this trade fills completely releases the unspent budget with it.
                    long released = budget > 0 ? level.price * fill + (remaining == 0 ? budgetLeft : 0) : limit * fill;
                    TradingEventEncoder.trade(sink, tradeId++, symbol, takerOrderId, maker.orderId, takerAccountId,
                        maker.accountId, level.price, fill, released, side);
                } else {
                    TradingEventEncoder.trade(sink, tradeId++, symbol, maker.orderId, takerOrderId, maker.accountId,
                        takerAccountId, level.price, fill, level.price * fill, side);
                }
            }
        }
        return finish(quantity, remaining, budget, budgetLeft);
    }

    private long finish(long quantity, long remaining, long budget, long budgetLeft) {
        spent = budget - budgetLeft;
        return quantity - remaining;
    }

    /** Whether the last walk stopped at a resting order of the taker's own account (CANCEL_NEWEST or CANCEL_BOTH). */
    boolean stoppedBySelfTrade() {
        return stoppedBySelfTrade;
    }

    /** What the last walk's trades cost a budget taker (0 without a budget). */
    long spent() {
        return spent;
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
