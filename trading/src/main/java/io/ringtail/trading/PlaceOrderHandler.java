package io.ringtail.trading;

import static io.ringtail.trading.TradingReasons.*;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;

/**
 * PLACE_ORDER: validates, reserves, matches, rests (GTC) or cancels the remainder (IOC, MARKET).
 *
 * <p>Issue #22 rules, all decided here before anything is emitted: a FOK that the walk cannot fill
 * completely is rejected ({@code FOK_NOT_FILLABLE}, no events); a post-only order whose price the best
 * opposite level crosses is rejected ({@code WOULD_CROSS}), so one that is accepted rests and is a maker;
 * a MARKET order is IOC or FOK, bounded by a protection price or (buy) a budget, which is what it reserves;
 * self-trade prevention is the order's own mode or its account's default, applied by {@link MatchPlanner}.
 *
 * <p>Idempotency: a clientOrderId already held for the account answers with the reply its order got
 * (orderId, status, filled, version), emits nothing, and ignores the rest of the retried payload. Rejected
 * orders are not recorded, so retrying one is evaluated afresh (it may pass once funds arrive). The window
 * in which an accepted id is remembered is described on {@link TerminalOrderRetention}.
 */
final class PlaceOrderHandler {
    private final TradingState state;
    private final MatchPlanner planner;

    PlaceOrderHandler(TradingState state, MatchPlanner planner) {
        this.state = state;
        this.planner = planner;
    }

    int handle(TradingCommandDecoder command, EventSink sink, Reply reply) {
        int cidOffset = command.clientOrderIdOffset();
        if (!ClientOrderIds.isValid(command.buffer(), cidOffset)) {
            return INVALID_CLIENT_ORDER_ID;
        }
        Account account = state.account(command.accountId());
        if (account == null) {
            return UNKNOWN_ACCOUNT;
        }
        Order original = state.clientOrderIds.find(account.accountId, command.buffer(), cidOffset);
        if (original != null) {
            OrderReplyCodec.write(reply.replyBuffer(), original.orderId, original.replyStatus, original.replyFilled, true);
            reply.version(original.replyVersion);
            return Reasons.ACCEPTED;
        }
        int symbol = command.placeSymbol();
        int side = command.placeSide();
        int timeInForce = command.placeTimeInForce();
        int orderType = command.placeOrderType();
        int postOnlyByte = command.placePostOnly();
        int requestedStp = command.placeSelfTradePrevention();
        long price = command.placePrice();
        long quantity = command.placeQuantity();
        long budget = command.placeBudget();
        if (symbol < 0 || symbol >= state.symbolCount()) {
            return UNKNOWN_SYMBOL;
        }
        if (!Side.isValid(side)) {
            return INVALID_SIDE;
        }
        if (!TimeInForce.isValid(timeInForce)) {
            return INVALID_TIME_IN_FORCE;
        }
        if (!OrderType.isValid(orderType) || (postOnlyByte != 0 && postOnlyByte != 1)) {
            return INVALID_ORDER_TYPE;
        }
        boolean market = orderType == OrderType.MARKET;
        boolean postOnly = postOnlyByte == 1;
        if (market && timeInForce == TimeInForce.GTC) {
            return INVALID_TIME_IN_FORCE;
        }
        if (postOnly && (market || timeInForce != TimeInForce.GTC)) {
            return INVALID_ORDER_TYPE;
        }
        if (requestedStp != SelfTradePrevention.ACCOUNT_DEFAULT && !SelfTradePrevention.isMode(requestedStp)) {
            return INVALID_SELF_TRADE_PREVENTION;
        }
        if (budget != 0 && (budget < 0 || !market || side != Side.BUY || price != 0)) {
            return INVALID_BUDGET;
        }
        Instrument instrument = state.instruments[symbol];
        if (budget == 0 && (price <= 0 || price % instrument.tickSize() != 0)) {
            return INVALID_PRICE;
        }
        if (quantity <= 0 || quantity % instrument.lotSize() != 0) {
            return INVALID_QUANTITY;
        }
        long notional = budget > 0 ? budget : Notional.of(price, quantity);
        if (notional == Notional.OVERFLOW) {
            return INVALID_AMOUNT;
        }
        if (state.openOrderCount >= state.limits.maxOpenOrders()) {
            return CAPACITY_EXCEEDED;
        }
        if (side == Side.BUY && notional > account.buyingPower()) {
            return INSUFFICIENT_BUYING_POWER;
        }
        if (side == Side.SELL && quantity > account.freePosition(symbol) + state.limits.maxShortPosition()) {
            return INSUFFICIENT_POSITION;
        }
        if (postOnly && planner.crosses(symbol, side, price)) {
            return WOULD_CROSS;
        }
        int stp = requestedStp == SelfTradePrevention.ACCOUNT_DEFAULT ? account.selfTradePrevention : requestedStp;
        long filled = planner.walk(null, 0, account.accountId, symbol, side, price, quantity, budget, stp);
        boolean stopped = planner.stoppedBySelfTrade();
        if (timeInForce == TimeInForce.FOK && filled < quantity) {
            return FOK_NOT_FILLABLE;
        }
        boolean rests = timeInForce == TimeInForce.GTC && filled < quantity && !stopped;
        if (rests && planner.lacksLevel(symbol, side, price, null)) {
            return CAPACITY_EXCEEDED;
        }

        long orderId = state.nextOrderId;
        TradingEventEncoder.orderAccepted(sink, orderId, account.accountId, symbol, side, price, quantity, timeInForce,
            command.buffer(), cidOffset, orderType, postOnly, stp, budget, filled, rests);
        planner.walk(sink, orderId, account.accountId, symbol, side, price, quantity, budget, stp);
        int status = OrderStatus.ofFill(filled, quantity);
        if (!rests && filled < quantity) {
            // IOC, MARKET, or any order that self-trade prevention stopped: the remainder goes now.
            long open = quantity - filled;
            long released = side == Side.SELL ? open : budget > 0 ? budget - planner.spent() : price * open;
            TradingEventEncoder.orderCancelled(sink, orderId, account.accountId, symbol, side, open, released,
                stopped ? TradingEventType.CANCELLED_SELF_TRADE : TradingEventType.CANCELLED_IOC_REMAINDER);
            status = OrderStatus.CANCELLED;
        }
        OrderReplyCodec.write(reply.replyBuffer(), orderId, status, filled, false);
        return Reasons.ACCEPTED;
    }
}
