package io.ringtail.trading.view;

import io.ringtail.engine.view.LongHashIndex;
import io.ringtail.engine.view.NewestFirstRecordList;
import io.ringtail.engine.view.ViewCapacityExceededException;
import io.ringtail.trading.OrderStatus;
import org.agrona.BufferUtil;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Every order ever accepted (terminal ones too, until {@link TradingViewConfig#maxOrders()}), readable by
 * id and as each account's list newest first. ONE writer (the {@link OrdersProjection}'s thread), any
 * number of readers.
 *
 * <p>The orders are the items of a {@link NewestFirstRecordList} keyed by account, so an order is one
 * seqlocked record and a page of an account's orders walks the list's fixed links. To find an order by id,
 * a {@link LongHashIndex} maps the id to its item index and a plain array maps the index to its account
 * (the list's readers need the key); the array slot is written before the index entry is published with a
 * release store, so a reader that finds the id finds the account.
 *
 * <p>Order record (the list item), little-endian, {@value #ORDER_LENGTH} bytes:
 * <pre>
 *   0 orderId | 8 accountId | 16 price | 24 quantity (current total) | 32 filledQuantity
 *  40 createdTimestamp | 48 updatedTimestamp | 56 version (sequence of the last event that changed it) (longs)
 *  64 symbolIndex int | 68 side byte | 69 timeInForce byte | 70 status byte
 *  71 clientOrderId length byte | 72 clientOrderId 64 ASCII bytes, zero padded
 * </pre>
 */
public final class OrdersView {
    static final int ORDER_ID = 0;
    static final int ACCOUNT_ID = 8;
    static final int PRICE = 16;
    static final int QUANTITY = 24;
    static final int FILLED = 32;
    static final int CREATED = 40;
    static final int UPDATED = 48;
    static final int VERSION = 56;
    static final int SYMBOL = 64;
    static final int SIDE = 68;
    static final int TIME_IN_FORCE = 69;
    static final int STATUS = 70;
    static final int CLIENT_ORDER_ID = 71;
    static final int CLIENT_ORDER_ID_MAX = 64;
    public static final int ORDER_LENGTH = CLIENT_ORDER_ID + 1 + CLIENT_ORDER_ID_MAX;
    /** Bytes a reader's buffer needs per order: the list's entry header and the record. */
    static final int ENTRY_LENGTH = NewestFirstRecordList.ITEM_OFFSET + ORDER_LENGTH;

    private final NewestFirstRecordList ordersOfAccount;
    private final LongHashIndex itemOfOrder;
    private final UnsafeBuffer accountOfItem;

    public OrdersView(TradingViewConfig config) {
        this.ordersOfAccount = new NewestFirstRecordList(config.maxAccounts(), config.maxOrders(), ORDER_LENGTH);
        this.itemOfOrder = new LongHashIndex(config.maxOrders());
        this.accountOfItem = new UnsafeBuffer(BufferUtil.allocateDirectAligned(config.maxOrders() * Long.BYTES, 64));
    }

    public long directMemoryBytes() {
        return ordersOfAccount.directMemoryBytes() + itemOfOrder.directMemoryBytes() + accountOfItem.capacity();
    }

    /** Writer only: orders held. */
    public int size() {
        return ordersOfAccount.size();
    }

    /** Writer only: records a newly accepted order, copying its 65-byte clientOrderId field as the event has it. */
    void add(long orderId, long accountId, int symbol, int side, int timeInForce, long price, long quantity,
             DirectBuffer clientOrderIdField, int clientOrderIdOffset, long timestamp, long sequence) {
        if (itemOfOrder.get(orderId) != LongHashIndex.MISSING) {
            throw new IllegalStateException("order " + orderId + " accepted twice");
        }
        if (itemOfOrder.size() == itemOfOrder.capacity()) {
            throw new ViewCapacityExceededException("orders view full: " + itemOfOrder.capacity() + " orders");
        }
        int at = ordersOfAccount.beginAppend(accountId);
        MutableDirectBuffer b = ordersOfAccount.buffer();
        b.putLong(at + ORDER_ID, orderId);
        b.putLong(at + ACCOUNT_ID, accountId);
        b.putLong(at + PRICE, price);
        b.putLong(at + QUANTITY, quantity);
        b.putLong(at + FILLED, 0);
        b.putLong(at + CREATED, timestamp);
        b.putLong(at + UPDATED, timestamp);
        b.putLong(at + VERSION, sequence);
        b.putInt(at + SYMBOL, symbol);
        b.putByte(at + SIDE, (byte) side);
        b.putByte(at + TIME_IN_FORCE, (byte) timeInForce);
        b.putByte(at + STATUS, (byte) OrderStatus.NEW);
        b.putBytes(at + CLIENT_ORDER_ID, clientOrderIdField, clientOrderIdOffset, 1 + CLIENT_ORDER_ID_MAX);
        int item = ordersOfAccount.endAppend();
        accountOfItem.putLong(item * Long.BYTES, accountId);
        itemOfOrder.put(orderId, item);
    }

    /** Writer only: {@code quantity} more of the order traded. */
    void fill(long orderId, long quantity, long timestamp, long sequence) {
        int item = itemOf(orderId);
        int at = ordersOfAccount.beginUpdate(item);
        MutableDirectBuffer b = ordersOfAccount.buffer();
        long filled = b.getLong(at + FILLED) + quantity;
        b.putLong(at + FILLED, filled);
        b.putByte(at + STATUS, (byte) OrderStatus.ofFill(filled, b.getLong(at + QUANTITY)));
        stamp(b, at, timestamp, sequence);
        ordersOfAccount.endUpdate(item);
    }

    void cancel(long orderId, long timestamp, long sequence) {
        int item = itemOf(orderId);
        int at = ordersOfAccount.beginUpdate(item);
        MutableDirectBuffer b = ordersOfAccount.buffer();
        b.putByte(at + STATUS, (byte) OrderStatus.CANCELLED);
        stamp(b, at, timestamp, sequence);
        ordersOfAccount.endUpdate(item);
    }

    void amend(long orderId, long newPrice, long newQuantity, long timestamp, long sequence) {
        int item = itemOf(orderId);
        int at = ordersOfAccount.beginUpdate(item);
        MutableDirectBuffer b = ordersOfAccount.buffer();
        b.putLong(at + PRICE, newPrice);
        b.putLong(at + QUANTITY, newQuantity);
        stamp(b, at, timestamp, sequence);
        ordersOfAccount.endUpdate(item);
    }

    private static void stamp(MutableDirectBuffer b, int at, long timestamp, long sequence) {
        b.putLong(at + UPDATED, timestamp);
        b.putLong(at + VERSION, sequence);
    }

    private int itemOf(long orderId) {
        int item = itemOfOrder.get(orderId);
        if (item == LongHashIndex.MISSING) {
            throw new IllegalStateException("event for order " + orderId + " which the orders view never saw accepted");
        }
        return item;
    }

    /** Any thread: copies order {@code orderId} into {@code into}; false if the view has no such order. */
    public boolean order(long orderId, OrderSnapshot into) {
        int item = itemOfOrder.get(orderId);
        if (item == LongHashIndex.MISSING) {
            return false;
        }
        long accountId = accountOfItem.getLong(item * Long.BYTES);
        UnsafeBuffer scratch = into.scratch();
        if (ordersOfAccount.readFrom(accountId, item, 1, scratch, 0) != 1) {
            return false;
        }
        into.decode(scratch, NewestFirstRecordList.ITEM_OFFSET);
        return true;
    }

    /**
     * Any thread: the next page of {@code accountId}'s orders, newest first, into {@code page}.
     *
     * <p>{@code cursor} 0 starts at the account's newest order; otherwise pass a previous page's
     * {@link OrderPage#nextCursor()}. With {@code openOnly} only NEW and PARTIALLY_FILLED orders are
     * returned; to keep a call cheap when an account has many terminal orders, one call examines at most
     * {@link OrderPage#maxScan()} orders and may return fewer than {@code limit} orders (even none) with a
     * non-zero cursor: the client continues from it. A zero next cursor means the walk reached the
     * account's oldest order.
     *
     * <p>Consistency: each order is a whole record as of some moment during the call (an order's status
     * is checked on that same image); pages of one walk never repeat or skip an order, because the list
     * only grows at its head and its links never change; orders placed after the walk began are not in
     * its later pages (start again from 0 to see them).
     */
    public void accountOrders(long accountId, boolean openOnly, long cursor, int limit, OrderPage page) {
        page.clear();
        int wanted = Math.min(limit, page.capacity());
        if (cursor < 0 || cursor > Integer.MAX_VALUE || wanted <= 0) {
            return;
        }
        UnsafeBuffer scratch = page.scratch();
        int chunk = page.chunkEntries();
        int next = cursor == 0 ? NewestFirstRecordList.END : (int) cursor - 1;
        boolean first = cursor == 0;
        int scanned = 0;
        while (page.count() < wanted && scanned < page.maxScan()) {
            int ask = Math.min(chunk, openOnly ? page.maxScan() - scanned : wanted - page.count());
            int copied = first
                ? ordersOfAccount.readNewest(accountId, ask, scratch, 0)
                : ordersOfAccount.readFrom(accountId, next, ask, scratch, 0);
            first = false;
            if (copied == 0) {
                next = NewestFirstRecordList.END;
                break;
            }
            for (int i = 0; i < copied && page.count() < wanted; i++) {
                int at = i * ENTRY_LENGTH;
                scanned++;
                next = scratch.getInt(at + NewestFirstRecordList.PREVIOUS_OFFSET);
                int status = scratch.getByte(at + NewestFirstRecordList.ITEM_OFFSET + STATUS);
                if (!openOnly || OrderStatus.isOpen(status)) {
                    page.add(scratch, at + NewestFirstRecordList.ITEM_OFFSET);
                }
            }
            if (next == NewestFirstRecordList.END) {
                break;
            }
        }
        page.nextCursor(next == NewestFirstRecordList.END ? 0 : next + 1L);
    }
}
