package io.ringtail.trading;

import io.ringtail.journal.EventRecord;
import org.agrona.DirectBuffer;

/**
 * Flyweight over a trading event body in the layouts documented on {@link TradingEventEncoder}; the
 * accessors are grouped by event type and read only what that type has. Used by the applier, read views
 * and tests alike.
 */
public final class TradingEventDecoder {
    private DirectBuffer buffer;
    private int at;

    public TradingEventDecoder wrap(EventRecord record) {
        this.buffer = record.buffer();
        this.at = record.bodyOffset();
        return this;
    }

    // ACCOUNT_OPENED, CASH_*, POSITION_*: accountId first
    public long accountId() { return buffer.getLong(at); }
    public long amount() { return buffer.getLong(at + 8); }
    public long positionQuantity() { return buffer.getLong(at + 8); }
    public int positionSymbol() { return buffer.getInt(at + 16); }

    // ORDER_ACCEPTED, ORDER_CANCELLED, ORDER_AMENDED: orderId then accountId
    public long orderId() { return buffer.getLong(at); }
    public long orderAccountId() { return buffer.getLong(at + 8); }

    public long acceptedPrice() { return buffer.getLong(at + 16); }
    public long acceptedQuantity() { return buffer.getLong(at + 24); }
    public int acceptedSymbol() { return buffer.getInt(at + 32); }
    public int acceptedSide() { return buffer.getByte(at + 36); }
    public int acceptedTimeInForce() { return buffer.getByte(at + 37); }
    public DirectBuffer buffer() { return buffer; }
    public int acceptedClientOrderIdOffset() { return at + TradingEventEncoder.ACCEPTED_CLIENT_ORDER_ID_OFFSET; }
    public int acceptedOrderType() { return buffer.getByte(at + TradingEventEncoder.ACCEPTED_ORDER_TYPE_OFFSET); }
    public boolean acceptedPostOnly() { return buffer.getByte(at + TradingEventEncoder.ACCEPTED_POST_ONLY_OFFSET) == 1; }
    public int acceptedSelfTradePrevention() { return buffer.getByte(at + TradingEventEncoder.ACCEPTED_STP_OFFSET); }
    public long acceptedBudget() { return buffer.getLong(at + TradingEventEncoder.ACCEPTED_BUDGET_OFFSET); }
    public long acceptedPlannedFill() { return buffer.getLong(at + TradingEventEncoder.ACCEPTED_PLANNED_FILL_OFFSET); }
    public boolean acceptedRests() { return buffer.getByte(at + TradingEventEncoder.ACCEPTED_RESTS_OFFSET) == 1; }

    /** What ORDER_ACCEPTED reserves: a buy's budget if it has one, else price x quantity cash; a sell's quantity. */
    public long acceptedReservation() {
        if (acceptedSide() != Side.BUY) {
            return acceptedQuantity();
        }
        long budget = acceptedBudget();
        return budget > 0 ? budget : acceptedPrice() * acceptedQuantity();
    }

    /** ACCOUNT_OPENED's default self-trade prevention. */
    public int openedSelfTradePrevention() { return buffer.getByte(at + 16); }

    public long tradeId() { return buffer.getLong(at); }
    public long tradeBuyOrderId() { return buffer.getLong(at + 8); }
    public long tradeSellOrderId() { return buffer.getLong(at + 16); }
    public long tradeBuyAccountId() { return buffer.getLong(at + 24); }
    public long tradeSellAccountId() { return buffer.getLong(at + 32); }
    public long tradePrice() { return buffer.getLong(at + 40); }
    public long tradeQuantity() { return buffer.getLong(at + 48); }
    public long tradeBuyerReservationReleased() { return buffer.getLong(at + 56); }
    public int tradeSymbol() { return buffer.getInt(at + 64); }
    public int tradeAggressorSide() { return buffer.getByte(at + 68); }

    public long cancelledQuantity() { return buffer.getLong(at + 16); }
    public long cancelledReleasedReservation() { return buffer.getLong(at + 24); }
    public int cancelledSymbol() { return buffer.getInt(at + 32); }
    public int cancelledSide() { return buffer.getByte(at + 36); }
    public int cancelledCause() { return buffer.getByte(at + 37); }

    public long amendedOldPrice() { return buffer.getLong(at + 16); }
    public long amendedOldQuantity() { return buffer.getLong(at + 24); }
    public long amendedNewPrice() { return buffer.getLong(at + 32); }
    public long amendedNewQuantity() { return buffer.getLong(at + 40); }
    public long amendedReservationDelta() { return buffer.getLong(at + 48); }
    public int amendedSymbol() { return buffer.getInt(at + 56); }
    public int amendedSide() { return buffer.getByte(at + 60); }
    public boolean amendedKeepsPriority() { return buffer.getByte(at + 61) == 1; }
    public long amendedPlannedFill() { return buffer.getLong(at + TradingEventEncoder.AMENDED_PLANNED_FILL_OFFSET); }
    public boolean amendedRests() { return buffer.getByte(at + TradingEventEncoder.AMENDED_RESTS_OFFSET) == 1; }
}
