package io.ringtail.trading;

import static io.ringtail.trading.TradingEventType.*;

import io.ringtail.engine.domain.EventApplier;
import io.ringtail.journal.EventRecord;

/**
 * The only code that changes trading state. It trusts the events: the handler validated everything
 * (overflow included) before emitting them, so applying is plain arithmetic and index upkeep.
 *
 * <p>It also records, for de-duplication, the reply each PLACE_ORDER got: the events of one command share
 * a command id, so after each event of the command that accepted an order, that order's current status,
 * fill and the event's sequence are what the reply reported once the command's last event is applied.
 */
final class TradingEventApplier implements EventApplier {
    private final TradingState state;
    private final TradingEventDecoder event = new TradingEventDecoder();
    private long placingCommandId = -1;
    private long placingOrderId;

    TradingEventApplier(TradingState state) {
        this.state = state;
    }

    void reset() {
        placingCommandId = -1;
        placingOrderId = 0;
    }

    /** The command whose PLACE_ORDER reply is being tracked, for snapshots. */
    long placingCommandId() {
        return placingCommandId;
    }

    long placingOrderId() {
        return placingOrderId;
    }

    void restorePlacing(long commandId, long orderId) {
        placingCommandId = commandId;
        placingOrderId = orderId;
    }

    @Override
    public void apply(EventRecord record) {
        if (record.schemaVersion() != SCHEMA_VERSION) {
            throw new IllegalStateException("unsupported trading event schema " + record.schemaVersion());
        }
        event.wrap(record);
        switch (record.typeId()) {
            case ACCOUNT_OPENED -> {
                state.openAccount(event.accountId(), event.amount(), event.openedSelfTradePrevention());
                state.totalCash += event.amount();
            }
            case CASH_DEPOSITED -> {
                state.account(event.accountId()).cash += event.amount();
                state.totalCash += event.amount();
            }
            case CASH_WITHDRAWN -> {
                state.account(event.accountId()).cash -= event.amount();
                state.totalCash -= event.amount();
            }
            case POSITION_DEPOSITED -> {
                state.account(event.accountId()).position[event.positionSymbol()] += event.positionQuantity();
                state.totalPosition[event.positionSymbol()] += event.positionQuantity();
            }
            case POSITION_WITHDRAWN -> {
                state.account(event.accountId()).position[event.positionSymbol()] -= event.positionQuantity();
                state.totalPosition[event.positionSymbol()] -= event.positionQuantity();
            }
            case ORDER_ACCEPTED -> {
                orderAccepted();
                placingCommandId = record.commandId();
                placingOrderId = event.orderId();
            }
            case TRADE -> trade();
            case ORDER_CANCELLED -> orderCancelled();
            case ORDER_AMENDED -> orderAmended();
            default -> throw new IllegalStateException("unknown trading event type " + record.typeId());
        }
        if (record.commandId() == placingCommandId) {
            rememberPlacingReply(record.sequence());
        }
    }

    private void orderAccepted() {
        Order order = state.newOrder(event.orderId());
        order.accountId = event.orderAccountId();
        order.symbol = event.acceptedSymbol();
        order.side = event.acceptedSide();
        order.timeInForce = event.acceptedTimeInForce();
        order.orderType = event.acceptedOrderType();
        order.postOnly = event.acceptedPostOnly();
        order.selfTradePrevention = event.acceptedSelfTradePrevention();
        order.budget = event.acceptedBudget();
        order.price = event.acceptedPrice();
        order.quantity = event.acceptedQuantity();
        order.filled = 0;
        order.status = OrderStatus.NEW;
        int cidOffset = event.acceptedClientOrderIdOffset();
        order.clientOrderIdLength = ClientOrderIds.length(event.buffer(), cidOffset);
        event.buffer().getBytes(cidOffset + 1, order.clientOrderId, 0, order.clientOrderIdLength);
        order.clientOrderIdHash = ClientOrderIds.hash(order.accountId, event.buffer(), cidOffset);
        state.clientOrderIds.add(order);
        reserve(order, event.acceptedReservation());
        // A taker is booked at once, even if it will trade away or be cancelled by the command's next
        // events: one code path for resting and matching, and the book keeps a spare level for it.
        state.side(order.symbol, order.side).add(order);
        state.account(order.accountId).linkOpen(order);
        state.openOrderCount++;
        state.nextOrderId = order.orderId + 1;
    }

    private void trade() {
        long quantity = event.tradeQuantity();
        long notional = event.tradePrice() * quantity;
        int symbol = event.tradeSymbol();
        Account buyer = state.account(event.tradeBuyAccountId());
        buyer.reservedCash -= event.tradeBuyerReservationReleased();
        buyer.cash -= notional;
        buyer.position[symbol] += quantity;
        Account seller = state.account(event.tradeSellAccountId());
        seller.reservedPosition[symbol] -= quantity;
        seller.position[symbol] -= quantity;
        seller.cash += notional;
        fill(state.order(event.tradeBuyOrderId()), quantity);
        fill(state.order(event.tradeSellOrderId()), quantity);
        state.nextTradeId = event.tradeId() + 1;
    }

    private void fill(Order order, long quantity) {
        order.filled += quantity;
        order.status = OrderStatus.ofFill(order.filled, order.quantity);
        if (order.status == OrderStatus.FILLED) {
            close(order);
        }
    }

    private void orderCancelled() {
        Order order = state.order(event.orderId());
        reserve(order, -event.cancelledReleasedReservation());
        order.status = OrderStatus.CANCELLED;
        close(order);
    }

    private void orderAmended() {
        Order order = state.order(event.orderId());
        reserve(order, event.amendedReservationDelta());
        if (event.amendedKeepsPriority()) {
            order.quantity = event.amendedNewQuantity();
        } else {
            BookSide side = state.side(order.symbol, order.side);
            side.remove(order);
            order.price = event.amendedNewPrice();
            order.quantity = event.amendedNewQuantity();
            side.add(order);
        }
    }

    private void reserve(Order order, long amount) {
        Account account = state.account(order.accountId);
        if (order.side == Side.BUY) {
            account.reservedCash += amount;
        } else {
            account.reservedPosition[order.symbol] += amount;
        }
    }

    /** Unbooks a filled or cancelled order and lets retention retire the oldest terminal one. */
    private void close(Order order) {
        state.side(order.symbol, order.side).remove(order);
        state.account(order.accountId).unlinkOpen(order);
        state.openOrderCount--;
        long retired = state.retention.onTerminal(order.orderId);
        if (retired != 0) {
            state.retire(retired);
        }
    }

    private void rememberPlacingReply(long sequence) {
        Order order = state.order(placingOrderId);
        if (order != null) {
            order.replyStatus = order.status;
            order.replyFilled = order.filled;
            order.replyVersion = sequence;
        }
    }
}
