package io.ringtail.trading;

import static io.ringtail.trading.TradingReasons.*;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;

/**
 * AMEND_ORDER: a new price and/or a new total quantity for an open order (0 leaves a field as it is).
 * Only a quantity decrease at the same price keeps time priority; any other change sends the order to the
 * back of its new level, where it may trade at once like a new order. The reservation follows the change
 * and an increase must be covered like a new order's. Re-matching follows the order's self-trade prevention
 * mode like a new order's (CANCEL_NEWEST or CANCEL_BOTH can cancel the amended order itself), and a
 * post-only order may not be re-priced across the book ({@code WOULD_CROSS}).
 */
final class AmendOrderHandler {
    private final TradingState state;
    private final MatchPlanner planner;

    AmendOrderHandler(TradingState state, MatchPlanner planner) {
        this.state = state;
        this.planner = planner;
    }

    int handle(TradingCommandDecoder command, EventSink sink, Reply reply) {
        Order order = state.order(command.orderId());
        int reason = CancelOrderHandler.checkOwnOpenOrder(command, TradingCommandEncoder.AMEND_REQUESTER_OFFSET, order);
        if (reason != Reasons.ACCEPTED) {
            return reason;
        }
        Account account = state.account(order.accountId);
        long requestedPrice = command.amendPrice();
        long requestedQuantity = command.amendQuantity();
        Instrument instrument = state.instruments[order.symbol];
        if (requestedPrice < 0 || requestedPrice % instrument.tickSize() != 0) {
            return INVALID_PRICE;
        }
        if (requestedQuantity < 0 || requestedQuantity % instrument.lotSize() != 0) {
            return INVALID_QUANTITY;
        }
        long price = requestedPrice == 0 ? order.price : requestedPrice;
        long quantity = requestedQuantity == 0 ? order.quantity : requestedQuantity;
        if (quantity <= order.filled) {
            return INVALID_QUANTITY;
        }
        if (price == order.price && quantity == order.quantity) {
            return INVALID_AMEND;
        }
        long open = quantity - order.filled;
        long reservation = order.side == Side.BUY ? Notional.of(price, open) : open;
        if (reservation == Notional.OVERFLOW) {
            return INVALID_AMOUNT;
        }
        long delta = reservation - order.reservation();
        if (order.side == Side.BUY && delta > account.buyingPower()) {
            return INSUFFICIENT_BUYING_POWER;
        }
        if (order.side == Side.SELL
            && delta > account.freePosition(order.symbol) + state.limits.maxShortPosition()) {
            return INSUFFICIENT_POSITION;
        }
        boolean keepsPriority = price == order.price && quantity < order.quantity;
        if (order.postOnly && !keepsPriority && planner.crosses(order.symbol, order.side, price)) {
            return WOULD_CROSS;
        }
        long filled = keepsPriority ? 0 : planner.walk(null, 0, order.accountId, order.symbol, order.side, price,
            open, 0, order.selfTradePrevention);
        boolean stopped = !keepsPriority && planner.stoppedBySelfTrade();
        if (filled < open && !stopped && !keepsPriority && planner.lacksLevel(order.symbol, order.side, price, order)) {
            return CAPACITY_EXCEEDED;
        }

        TradingEventEncoder.orderAmended(sink, order.orderId, order.accountId, order.symbol, order.side,
            order.price, order.quantity, price, quantity, delta, keepsPriority, filled, !stopped);
        if (!keepsPriority) {
            planner.walk(sink, order.orderId, order.accountId, order.symbol, order.side, price, open, 0,
                order.selfTradePrevention);
        }
        long totalFilled = order.filled + filled;
        int status = OrderStatus.ofFill(totalFilled, quantity);
        if (stopped && filled < open) {
            long left = open - filled;
            TradingEventEncoder.orderCancelled(sink, order.orderId, order.accountId, order.symbol, order.side, left,
                order.side == Side.BUY ? price * left : left, TradingEventType.CANCELLED_SELF_TRADE);
            status = OrderStatus.CANCELLED;
        }
        OrderReplyCodec.write(reply.replyBuffer(), order.orderId, status, totalFilled, false);
        return Reasons.ACCEPTED;
    }
}
