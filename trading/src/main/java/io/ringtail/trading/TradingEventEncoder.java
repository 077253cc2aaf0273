package io.ringtail.trading;

import static io.ringtail.trading.TradingEventType.*;

import io.ringtail.engine.domain.EventSink;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Emits trading events into a sink in their fixed little-endian body layouts (schema version 2). The
 * layouts carry enough for a read view to fold them without the aggregate state:
 *
 * <pre>
 * ACCOUNT_OPENED (1): 17 bytes
 *   0 accountId long | 8 amount long | 16 default selfTradePrevention byte (ALLOW..CANCEL_BOTH)
 * CASH_DEPOSITED (2), CASH_WITHDRAWN (3): 16 bytes
 *   0 accountId long | 8 amount long
 * POSITION_DEPOSITED (4), POSITION_WITHDRAWN (5): 20 bytes
 *   0 accountId long | 8 quantity long | 16 symbolIndex int
 * ORDER_ACCEPTED (6): 123 bytes
 *   0 orderId | 8 accountId | 16 price | 24 quantity (longs) | 32 symbolIndex int | 36 side byte
 *   37 timeInForce byte | 38 clientOrderId length byte | 39 clientOrderId 64 bytes zero padded
 *   order types and controls (issue #22): 103 orderType byte | 104 postOnly byte | 105 selfTradePrevention
 *   byte (the mode in force, account default resolved) | 106 budget long | 114 plannedFill long (what the
 *   TRADE events of this command will fill) | 122 rests byte (1 = the remainder then joins the book)
 *   (reserves, for a buy, budget if it has one else price x quantity cash; quantity position for a sell)
 * TRADE (7): 69 bytes
 *   0 tradeId | 8 buyOrderId | 16 sellOrderId | 24 buyAccountId | 32 sellAccountId | 40 price
 *   48 quantity | 56 buyerReservationReleased (longs) | 64 symbolIndex int | 68 aggressorSide byte
 *   (buyer: cash -= price x quantity, reservedCash -= buyerReservationReleased, position += quantity;
 *    seller: cash += price x quantity, position and reservedPosition -= quantity)
 * ORDER_CANCELLED (8): 38 bytes
 *   0 orderId | 8 accountId | 16 cancelledQuantity (the open quantity) | 24 releasedReservation (cash
 *   for a buy, position for a sell) (longs) | 32 symbolIndex int | 36 side byte | 37 cause byte
 * ORDER_AMENDED (9): 62 bytes
 *   0 orderId | 8 accountId | 16 oldPrice | 24 oldQuantity | 32 newPrice | 40 newQuantity (total)
 *   48 reservationDelta (signed; cash for a buy, position for a sell) (longs) | 56 symbolIndex int
 *   60 side byte | 61 keepsPriority byte (1 = stays in place, 0 = moved to the back of its new level)
 *   62 plannedFill long (what this command's TRADE events fill) | 70 rests byte (0 = self-trade
 *   prevention cancels the remainder after those trades)
 * </pre>
 * A read view can follow the book from plannedFill and rests alone, without re-running matching rules
 * (self-trade prevention, budgets) of its own.
 */
public final class TradingEventEncoder {
    public static final int CASH_LENGTH = 16;
    public static final int POSITION_LENGTH = 20;
    public static final int ACCEPTED_CLIENT_ORDER_ID_OFFSET = 38;
    public static final int ACCOUNT_OPENED_LENGTH = 17;
    public static final int ACCEPTED_ORDER_TYPE_OFFSET = ACCEPTED_CLIENT_ORDER_ID_OFFSET + ClientOrderIds.FIELD_LENGTH;
    public static final int ACCEPTED_POST_ONLY_OFFSET = ACCEPTED_ORDER_TYPE_OFFSET + 1;
    public static final int ACCEPTED_STP_OFFSET = ACCEPTED_ORDER_TYPE_OFFSET + 2;
    public static final int ACCEPTED_BUDGET_OFFSET = ACCEPTED_ORDER_TYPE_OFFSET + 3;
    public static final int ACCEPTED_PLANNED_FILL_OFFSET = ACCEPTED_BUDGET_OFFSET + 8;
    public static final int ACCEPTED_RESTS_OFFSET = ACCEPTED_PLANNED_FILL_OFFSET + 8;
    public static final int ACCEPTED_LENGTH = ACCEPTED_RESTS_OFFSET + 1;
    public static final int TRADE_LENGTH = 69;
    public static final int CANCELLED_LENGTH = 38;
    public static final int AMENDED_PLANNED_FILL_OFFSET = 62;
    public static final int AMENDED_RESTS_OFFSET = 70;
    public static final int AMENDED_LENGTH = 71;

    private TradingEventEncoder() {
    }

    public static void accountOpened(EventSink sink, long accountId, long cash, int selfTradePrevention) {
        int at = sink.claim(ACCOUNT_OPENED, SCHEMA_VERSION, ACCOUNT_OPENED_LENGTH);
        MutableDirectBuffer b = sink.buffer();
        b.putLong(at, accountId);
        b.putLong(at + 8, cash);
        b.putByte(at + 16, (byte) selfTradePrevention);
    }

    /** CASH_DEPOSITED or CASH_WITHDRAWN. */
    public static void cash(EventSink sink, int type, long accountId, long amount) {
        int at = sink.claim(type, SCHEMA_VERSION, CASH_LENGTH);
        MutableDirectBuffer b = sink.buffer();
        b.putLong(at, accountId);
        b.putLong(at + 8, amount);
    }

    /** POSITION_DEPOSITED or POSITION_WITHDRAWN. */
    public static void position(EventSink sink, int type, long accountId, int symbolIndex, long quantity) {
        int at = sink.claim(type, SCHEMA_VERSION, POSITION_LENGTH);
        MutableDirectBuffer b = sink.buffer();
        b.putLong(at, accountId);
        b.putLong(at + 8, quantity);
        b.putInt(at + 16, symbolIndex);
    }

    /** A plain GTC/IOC limit order accepted: the layout's issue #22 block gets the defaults of such an order. */
    public static void orderAccepted(EventSink sink, long orderId, long accountId, int symbolIndex, int side,
                                     long price, long quantity, int timeInForce,
                                     DirectBuffer clientOrderIdBuffer, int clientOrderIdOffset) {
        orderAccepted(sink, orderId, accountId, symbolIndex, side, price, quantity, timeInForce, clientOrderIdBuffer,
            clientOrderIdOffset, OrderType.LIMIT, false, SelfTradePrevention.ALLOW, 0, 0, timeInForce == TimeInForce.GTC);
    }

    /** Copies the clientOrderId field as the command carried it (already validated). */
    public static void orderAccepted(EventSink sink, long orderId, long accountId, int symbolIndex, int side,
                                     long price, long quantity, int timeInForce,
                                     DirectBuffer clientOrderIdBuffer, int clientOrderIdOffset,
                                     int orderType, boolean postOnly, int selfTradePrevention, long budget,
                                     long plannedFill, boolean rests) {
        int at = sink.claim(ORDER_ACCEPTED, SCHEMA_VERSION, ACCEPTED_LENGTH);
        MutableDirectBuffer b = sink.buffer();
        b.putLong(at, orderId);
        b.putLong(at + 8, accountId);
        b.putLong(at + 16, price);
        b.putLong(at + 24, quantity);
        b.putInt(at + 32, symbolIndex);
        b.putByte(at + 36, (byte) side);
        b.putByte(at + 37, (byte) timeInForce);
        b.putBytes(at + ACCEPTED_CLIENT_ORDER_ID_OFFSET, clientOrderIdBuffer, clientOrderIdOffset, ClientOrderIds.FIELD_LENGTH);
        b.putByte(at + ACCEPTED_ORDER_TYPE_OFFSET, (byte) orderType);
        b.putByte(at + ACCEPTED_POST_ONLY_OFFSET, (byte) (postOnly ? 1 : 0));
        b.putByte(at + ACCEPTED_STP_OFFSET, (byte) selfTradePrevention);
        b.putLong(at + ACCEPTED_BUDGET_OFFSET, budget);
        b.putLong(at + ACCEPTED_PLANNED_FILL_OFFSET, plannedFill);
        b.putByte(at + ACCEPTED_RESTS_OFFSET, (byte) (rests ? 1 : 0));
    }

    public static void trade(EventSink sink, long tradeId, int symbolIndex, long buyOrderId, long sellOrderId,
                             long buyAccountId, long sellAccountId, long price, long quantity,
                             long buyerReservationReleased, int aggressorSide) {
        int at = sink.claim(TRADE, SCHEMA_VERSION, TRADE_LENGTH);
        MutableDirectBuffer b = sink.buffer();
        b.putLong(at, tradeId);
        b.putLong(at + 8, buyOrderId);
        b.putLong(at + 16, sellOrderId);
        b.putLong(at + 24, buyAccountId);
        b.putLong(at + 32, sellAccountId);
        b.putLong(at + 40, price);
        b.putLong(at + 48, quantity);
        b.putLong(at + 56, buyerReservationReleased);
        b.putInt(at + 64, symbolIndex);
        b.putByte(at + 68, (byte) aggressorSide);
    }

    public static void orderCancelled(EventSink sink, long orderId, long accountId, int symbolIndex, int side,
                                      long cancelledQuantity, long releasedReservation, int cause) {
        int at = sink.claim(ORDER_CANCELLED, SCHEMA_VERSION, CANCELLED_LENGTH);
        MutableDirectBuffer b = sink.buffer();
        b.putLong(at, orderId);
        b.putLong(at + 8, accountId);
        b.putLong(at + 16, cancelledQuantity);
        b.putLong(at + 24, releasedReservation);
        b.putInt(at + 32, symbolIndex);
        b.putByte(at + 36, (byte) side);
        b.putByte(at + 37, (byte) cause);
    }

    public static void orderAmended(EventSink sink, long orderId, long accountId, int symbolIndex, int side,
                                    long oldPrice, long oldQuantity, long newPrice, long newQuantity,
                                    long reservationDelta, boolean keepsPriority, long plannedFill, boolean rests) {
        int at = sink.claim(ORDER_AMENDED, SCHEMA_VERSION, AMENDED_LENGTH);
        MutableDirectBuffer b = sink.buffer();
        b.putLong(at, orderId);
        b.putLong(at + 8, accountId);
        b.putLong(at + 16, oldPrice);
        b.putLong(at + 24, oldQuantity);
        b.putLong(at + 32, newPrice);
        b.putLong(at + 40, newQuantity);
        b.putLong(at + 48, reservationDelta);
        b.putInt(at + 56, symbolIndex);
        b.putByte(at + 60, (byte) side);
        b.putByte(at + 61, (byte) (keepsPriority ? 1 : 0));
        b.putLong(at + AMENDED_PLANNED_FILL_OFFSET, plannedFill);
        b.putByte(at + AMENDED_RESTS_OFFSET, (byte) (rests ? 1 : 0));
    }
}
