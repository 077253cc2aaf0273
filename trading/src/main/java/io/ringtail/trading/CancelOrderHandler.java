package io.ringtail.trading;

import static io.ringtail.trading.TradingReasons.*;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;

/** CANCEL_ORDER: an open order of the same account leaves the book and frees its reservation. */
final class CancelOrderHandler {
    private final TradingState state;

    CancelOrderHandler(TradingState state) {
        this.state = state;
    }

    int handle(TradingCommandDecoder command, EventSink sink, Reply reply) {
        Account account = state.account(command.accountId());
        if (account == null) {
            return UNKNOWN_ACCOUNT;
        }
        Order order = state.order(command.orderId());
        int reason = checkOwnOpenOrder(account, order);
        if (reason != Reasons.ACCEPTED) {
            return reason;
        }
        TradingEventEncoder.orderCancelled(sink, order.orderId, order.accountId, order.symbol, order.side,
            order.open(), order.reservation(), TradingEventType.CANCELLED_BY_USER);
        OrderReplyCodec.write(reply.replyBuffer(), order.orderId, OrderStatus.CANCELLED, order.filled, false);
        return Reasons.ACCEPTED;
    }

    /** Shared by cancel and amend: the order exists (not retired), is the account's own, and is open. */
    static int checkOwnOpenOrder(Account account, Order order) {
        if (order == null) {
            return UNKNOWN_ORDER;
        }
        if (order.accountId != account.accountId) {
            return ORDER_OF_OTHER_ACCOUNT;
        }
        if (!OrderStatus.isOpen(order.status)) {
            return ORDER_NOT_OPEN;
        }
        return Reasons.ACCEPTED;
    }
}
