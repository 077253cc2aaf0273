package io.ringtail.trading;

import static io.ringtail.trading.TradingReasons.*;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;

/**
 * MASS_CANCEL: every open order of one account, optionally only of one symbol and/or one side, is cancelled
 * by one command: one ORDER_CANCELLED each (cause {@link TradingEventType#CANCELLED_MASS}, oldest order first),
 * so they land in one journal entry and get one reply carrying how many ({@link MassCancelReplyCodec}).
 * Nothing open to cancel is not an error: the command is accepted with a count of 0 and no events. It walks
 * the account's own list of open orders, so its cost follows that account's orders, not the whole book.
 */
final class MassCancelHandler {
    private final TradingState state;

    MassCancelHandler(TradingState state) {
        this.state = state;
    }

    int handle(TradingCommandDecoder command, EventSink sink, Reply reply) {
        Account account = state.account(command.accountId());
        if (account == null) {
            return UNKNOWN_ACCOUNT;
        }
        int symbol = command.massCancelSymbol();
        int side = command.massCancelSide();
        if (symbol != TradingCommandEncoder.ALL_SYMBOLS && (symbol < 0 || symbol >= state.symbolCount())) {
            return UNKNOWN_SYMBOL;
        }
        if (side != TradingCommandEncoder.BOTH_SIDES && !Side.isValid(side)) {
            return INVALID_SIDE;
        }
        long cancelled = 0;
        for (Order order = account.firstOpen; order != null; order = order.nextOfAccount) {
            if ((symbol == TradingCommandEncoder.ALL_SYMBOLS || order.symbol == symbol)
                && (side == TradingCommandEncoder.BOTH_SIDES || order.side == side)) {
                TradingEventEncoder.orderCancelled(sink, order.orderId, order.accountId, order.symbol, order.side,
                    order.open(), order.reservation(), TradingEventType.CANCELLED_MASS);
                cancelled++;
            }
        }
        MassCancelReplyCodec.write(reply.replyBuffer(), cancelled);
        return Reasons.ACCEPTED;
    }
}
