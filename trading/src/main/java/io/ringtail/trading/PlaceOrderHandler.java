package io.ringtail.trading;

import static io.ringtail.trading.TradingReasons.*;

import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;

/**
 * PLACE_ORDER: validates, reserves, matches, rests (GTC) or cancels the remainder (IOC).
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
        long price = command.placePrice();
        long quantity = command.placeQuantity();
        if (symbol < 0 || symbol >= state.symbolCount()) {
            return UNKNOWN_SYMBOL;
        }
        if (!Side.isValid(side)) {
            return INVALID_SIDE;
        }
        if (!TimeInForce.isValid(timeInForce)) {
            return INVALID_TIME_IN_FORCE;
        }
        Instrument instrument = state.instruments[symbol];
        if (price <= 0 || price % instrument.tickSize() != 0) {
            return INVALID_PRICE;
        }
        if (quantity <= 0 || quantity % instrument.lotSize() != 0) {
            return INVALID_QUANTITY;
        }
        long notional = Notional.of(price, quantity);
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
        long filled = planner.fillable(symbol, side, price, quantity);
        boolean rests = timeInForce == TimeInForce.GTC && filled < quantity;
        if (rests && planner.lacksLevel(symbol, side, price, null)) {
            return CAPACITY_EXCEEDED;
        }

        long orderId = state.nextOrderId;
        TradingEventEncoder.orderAccepted(sink, orderId, account.accountId, symbol, side, price, quantity, timeInForce,
            command.buffer(), cidOffset);
        planner.emitTrades(sink, orderId, account.accountId, symbol, side, price, quantity);
        int status = OrderStatus.ofFill(filled, quantity);
        if (timeInForce == TimeInForce.IOC && filled < quantity) {
            long open = quantity - filled;
            TradingEventEncoder.orderCancelled(sink, orderId, account.accountId, symbol, side, open,
                side == Side.BUY ? price * open : open, TradingEventType.CANCELLED_IOC_REMAINDER);
            status = OrderStatus.CANCELLED;
        }
        OrderReplyCodec.write(reply.replyBuffer(), orderId, status, filled, false);
        return Reasons.ACCEPTED;
    }
}
