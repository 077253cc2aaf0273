package io.ringtail.trading;

import static io.ringtail.trading.TradingCommandEncoder.*;

import org.agrona.DirectBuffer;

/**
 * Flyweight over a trading command payload in the layouts documented on {@link TradingCommandEncoder}.
 * Re-wrapped per command; each accessor is meaningful only for the layouts that have the field.
 */
public final class TradingCommandDecoder {
    private DirectBuffer buffer;
    private int offset;

    public TradingCommandDecoder wrap(DirectBuffer buffer, int offset) {
        this.buffer = buffer;
        this.offset = offset;
        return this;
    }

    public long accountId() {
        return buffer.getLong(offset + ACCOUNT_ID_OFFSET);
    }

    /** Cash amount of OPEN_ACCOUNT, DEPOSIT_CASH and WITHDRAW_CASH. */
    public long amount() {
        return buffer.getLong(offset + AMOUNT_OFFSET);
    }

    public long positionQuantity() {
        return buffer.getLong(offset + POSITION_QUANTITY_OFFSET);
    }

    public int positionSymbol() {
        return buffer.getInt(offset + POSITION_SYMBOL_OFFSET);
    }

    public long placePrice() {
        return buffer.getLong(offset + PLACE_PRICE_OFFSET);
    }

    public long placeQuantity() {
        return buffer.getLong(offset + PLACE_QUANTITY_OFFSET);
    }

    public int placeSymbol() {
        return buffer.getInt(offset + PLACE_SYMBOL_OFFSET);
    }

    public int placeSide() {
        return buffer.getByte(offset + PLACE_SIDE_OFFSET);
    }

    public int placeTimeInForce() {
        return buffer.getByte(offset + PLACE_TIME_IN_FORCE_OFFSET);
    }

    /** OPEN_ACCOUNT's default self-trade prevention (0 means ALLOW). */
    public int openAccountSelfTradePrevention() {
        return buffer.getByte(offset + OPEN_ACCOUNT_STP_OFFSET);
    }

    public int placeOrderType() {
        return buffer.getByte(offset + PLACE_ORDER_TYPE_OFFSET);
    }

    /** The raw post-only byte: 0 or 1 when valid. */
    public int placePostOnly() {
        return buffer.getByte(offset + PLACE_POST_ONLY_OFFSET);
    }

    public int placeSelfTradePrevention() {
        return buffer.getByte(offset + PLACE_STP_OFFSET);
    }

    public long placeBudget() {
        return buffer.getLong(offset + PLACE_BUDGET_OFFSET);
    }

    public int massCancelSymbol() {
        return buffer.getInt(offset + MASS_CANCEL_SYMBOL_OFFSET);
    }

    public int massCancelSide() {
        return buffer.getByte(offset + MASS_CANCEL_SIDE_OFFSET);
    }

    public DirectBuffer buffer() {
        return buffer;
    }

    /** Offset of the clientOrderId field, for {@link ClientOrderIds}. */
    public int clientOrderIdOffset() {
        return offset + PLACE_CLIENT_ORDER_ID_OFFSET;
    }

    /** Order id of CANCEL_ORDER and AMEND_ORDER. */
    public long orderId() {
        return buffer.getLong(offset + ORDER_ID_OFFSET);
    }

    /**
     * Whether a cancel or an amend may act on an order of {@code orderAccount}: it is the named account (when
     * one is named) and the requester block at {@code requesterOffset} covers it.
     *
     * @param requesterOffset {@code CANCEL_REQUESTER_OFFSET} or {@code AMEND_REQUESTER_OFFSET}
     */
    public boolean actsFor(long orderAccount, int requesterOffset) {
        long named = accountId();
        return (named == 0 || named == orderAccount) && Requester.covers(buffer, offset + requesterOffset, orderAccount);
    }

    public long amendPrice() {
        return buffer.getLong(offset + AMEND_PRICE_OFFSET);
    }

    public long amendQuantity() {
        return buffer.getLong(offset + AMEND_QUANTITY_OFFSET);
    }
}
