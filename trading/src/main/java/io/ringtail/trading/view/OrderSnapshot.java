package io.ringtail.trading.view;

import io.ringtail.trading.OrderStatus;
import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

import java.nio.charset.StandardCharsets;

/**
 * A caller-owned copy of one order record of the {@link OrdersView}, reused from read to read so a query
 * handler allocates nothing per read (except {@link #clientOrderId()}, a convenience that builds a String).
 */
public final class OrderSnapshot {
    private final byte[] clientOrderId = new byte[OrdersView.CLIENT_ORDER_ID_MAX];
    private UnsafeBuffer scratch;
    private long orderId;
    private long accountId;
    private int symbol;
    private int side;
    private long price;
    private long quantity;
    private long filledQuantity;
    private int status;
    private int timeInForce;
    private int clientOrderIdLength;
    private long createdTimestamp;
    private long updatedTimestamp;
    private long version;

    /** Where a point read copies the seqlocked entry before decoding it; made on first use. */
    UnsafeBuffer scratch() {
        if (scratch == null) {
            scratch = new UnsafeBuffer(new byte[OrdersView.ENTRY_LENGTH]);
        }
        return scratch;
    }

    /** Decodes the record at {@code offset} (the item start in the layout of {@link OrdersView}). */
    void decode(DirectBuffer buffer, int offset) {
        orderId = buffer.getLong(offset + OrdersView.ORDER_ID);
        accountId = buffer.getLong(offset + OrdersView.ACCOUNT_ID);
        price = buffer.getLong(offset + OrdersView.PRICE);
        quantity = buffer.getLong(offset + OrdersView.QUANTITY);
        filledQuantity = buffer.getLong(offset + OrdersView.FILLED);
        createdTimestamp = buffer.getLong(offset + OrdersView.CREATED);
        updatedTimestamp = buffer.getLong(offset + OrdersView.UPDATED);
        version = buffer.getLong(offset + OrdersView.VERSION);
        symbol = buffer.getInt(offset + OrdersView.SYMBOL);
        side = buffer.getByte(offset + OrdersView.SIDE);
        timeInForce = buffer.getByte(offset + OrdersView.TIME_IN_FORCE);
        status = buffer.getByte(offset + OrdersView.STATUS);
        clientOrderIdLength = Math.min(buffer.getByte(offset + OrdersView.CLIENT_ORDER_ID) & 0xFF, OrdersView.CLIENT_ORDER_ID_MAX);
        buffer.getBytes(offset + OrdersView.CLIENT_ORDER_ID + 1, clientOrderId, 0, clientOrderIdLength);
    }


    public long orderId() { return orderId; }
    public long accountId() { return accountId; }
    /** Index of the symbol in the configured instrument list. */
    public int symbol() { return symbol; }
    /** {@link io.ringtail.trading.Side} code. */
    public int side() { return side; }
    public long price() { return price; }
    /** The current total quantity (amends change it), filled part included. */
    public long quantity() { return quantity; }
    public long filledQuantity() { return filledQuantity; }
    /** {@link OrderStatus} code. */
    public int status() { return status; }
    public boolean isOpen() { return OrderStatus.isOpen(status); }
    /** {@link io.ringtail.trading.TimeInForce} code. */
    public int timeInForce() { return timeInForce; }
    /** Event timestamp (epoch nanos) of ORDER_ACCEPTED. */
    public long createdTimestamp() { return createdTimestamp; }
    /** Event timestamp of the last event that changed the order. */
    public long updatedTimestamp() { return updatedTimestamp; }
    /** Sequence of the last event that changed the order. */
    public long version() { return version; }
    public int clientOrderIdLength() { return clientOrderIdLength; }
    /** The clientOrderId's ASCII byte {@code i}, for writing it out without a String. */
    public byte clientOrderIdByte(int i) { return clientOrderId[i]; }

    public String clientOrderId() {
        return new String(clientOrderId, 0, clientOrderIdLength, StandardCharsets.US_ASCII);
    }

    @Override
    public String toString() {
        return "order " + orderId + " account " + accountId + " '" + clientOrderId() + "' symbol " + symbol + " side "
            + side + " " + quantity + "@" + price + " filled " + filledQuantity + " " + OrderStatus.name(status)
            + " tif " + timeInForce + " v" + version;
    }
}
