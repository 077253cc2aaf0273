package io.ringtail.trading;

import static io.ringtail.trading.TradingReasons.*;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;

/**
 * CANCEL_ORDER: an open order of the account the command acts for leaves the book and frees its reservation.
 * An order the command may not act for is UNKNOWN_ORDER, exactly as a missing one: an order id alone never
 * tells a sender that another account's order exists.
 */
final class CancelOrderHandler {
    private final TradingState state;

    CancelOrderHandler(TradingState state) {
        this.state = state;
    }

    int handle(TradingCommandDecoder command, EventSink sink, Reply reply) {
        Order order = state.order(command.orderId());
        int reason = checkOwnOpenOrder(command, TradingCommandEncoder.CANCEL_REQUESTER_OFFSET, order);
        if (reason != Reasons.ACCEPTED) {
            return reason;
        }
        TradingEventEncoder.orderCancelled(sink, order.orderId, order.accountId, order.symbol, order.side,
            order.open(), order.reservation(), TradingEventType.CANCELLED_BY_USER);
        OrderReplyCodec.write(reply.replyBuffer(), order.orderId, OrderStatus.CANCELLED, order.filled, false);
        return Reasons.ACCEPTED;
    }

    /**
     * Shared by cancel and amend: the order exists (not retired), the command acts for its account (the
     * named account and the requester, see {@link Requester}), and it is open.
     */
    static int checkOwnOpenOrder(TradingCommandDecoder command, int requesterOffset, Order order) {
        if (order == null || !command.actsFor(order.accountId, requesterOffset)) {
            return UNKNOWN_ORDER;
        }
        if (!OrderStatus.isOpen(order.status)) {
            return ORDER_NOT_OPEN;
        }
        return Reasons.ACCEPTED;
    }
}
