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
 * Every open order and the newest {@link TradingViewConfig#orderRetention()} terminal ones, readable by id
 * and as each account's list newest first. ONE writer (the {@link OrdersProjection}'s thread), any number
 * of readers.
 *
 * <p>The orders are the items of a {@link NewestFirstRecordList} keyed by account with the order id as
 * ordinal, so an order is one seqlocked record and a page of an account's orders walks the list's links.
 * To find an order by id, a {@link LongHashIndex} maps the id to its item index and a plain array maps the
 * index to its account (the list's readers need the key); the array slot is written before the index
 * entry is published with a release store, so a reader that finds the id finds the account.
 *
 * <p>Retention: when an order becomes terminal (filled or cancelled) its id joins {@link TerminalOrders};
 * once more than the retention are held, the oldest is retired: its id leaves the index, its item leaves
 * its account's list and its slot is reused by a later order. A reader racing that may still have found
 * the old item index: it copies the record through the seqlock and accepts it only if the copy carries
 * the id it asked for, so it answers with the whole old order or "not found", never another order.
 *
 * <p>Order record (the list item), little-endian, {@value #ORDER_LENGTH} bytes:
 * <pre>
 *   0 orderId | 8 accountId | 16 price | 24 quantity (current total) | 32 filledQuantity
 *  40 createdTimestamp | 48 updatedTimestamp | 56 version (sequence of the last event that changed it) (longs)
 *  64 symbolIndex int | 68 side byte | 69 timeInForce byte | 70 status byte
 *  71 clientOrderId length byte | 72 clientOrderId 64 ASCII bytes, zero padded
 * </pre>
 */
public final class OrdersView extends ViewMemory {
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
    private final TerminalOrders terminal;

    public OrdersView(TradingViewConfig config) {
        this.ordersOfAccount = new NewestFirstRecordList(config.maxAccounts(), config.maxOrders(), ORDER_LENGTH);
        this.itemOfOrder = new LongHashIndex(config.maxOrders());
        this.accountOfItem = new UnsafeBuffer(BufferUtil.allocateDirectAligned(config.maxOrders() * Long.BYTES, 64));
        this.terminal = new TerminalOrders(config.orderRetention());
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
        int at = ordersOfAccount.beginAppend(accountId, orderId);
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
        boolean wasOpen = OrderStatus.isOpen(b.getByte(at + STATUS));
        long filled = b.getLong(at + FILLED) + quantity;
        b.putLong(at + FILLED, filled);
        int status = OrderStatus.ofFill(filled, b.getLong(at + QUANTITY));
        b.putByte(at + STATUS, (byte) status);
        stamp(b, at, timestamp, sequence);
        ordersOfAccount.endUpdate(item);
        if (wasOpen && !OrderStatus.isOpen(status)) {
            retireOldestBeyondRetention(orderId);
        }
    }

    void cancel(long orderId, long timestamp, long sequence) {
        int item = itemOf(orderId);
        int at = ordersOfAccount.beginUpdate(item);
        MutableDirectBuffer b = ordersOfAccount.buffer();
        boolean wasOpen = OrderStatus.isOpen(b.getByte(at + STATUS));
        b.putByte(at + STATUS, (byte) OrderStatus.CANCELLED);
        stamp(b, at, timestamp, sequence);
        ordersOfAccount.endUpdate(item);
        // An order joins the terminal queue once: counted twice, it would later be retired twice.
        if (wasOpen) {
            retireOldestBeyondRetention(orderId);
        }
    }

    /** Writer only: {@code orderId} just became terminal; the oldest terminal order beyond retention goes. */
    private void retireOldestBeyondRetention(long orderId) {
        long retired = terminal.onTerminal(orderId);
        if (retired != TerminalOrders.NONE) {
            // Unfindable by id first, then out of its list; only then may its slot be reused.
            int item = itemOfOrder.remove(retired);
            if (item == LongHashIndex.MISSING) {
                throw new IllegalStateException("retiring order " + retired + " which the orders view does not hold");
            }
            ordersOfAccount.remove(item);
        }
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
        // The item may have been retired and reused since the lookup: only a copy of this very order counts.
        if (ordersOfAccount.readFrom(accountId, item, Long.MAX_VALUE, 1, scratch, 0) != 1
            || scratch.getLong(NewestFirstRecordList.ORDINAL_OFFSET) != orderId) {
            return false;
        }
        into.decode(scratch, NewestFirstRecordList.ITEM_OFFSET);
        return true;
    }

    /**
     * Any thread: the next page of {@code accountId}'s orders, newest first, into {@code page}.
     *
     * <p>{@code cursor} 0 starts at the account's newest order; any other cursor {@code c} asks for the
     * account's orders with an id below {@code c} (pass a previous page's {@link OrderPage#nextCursor()}: the
     * id of the last order that page examined). With {@code openOnly} only NEW and PARTIALLY_FILLED orders
     * are returned; to keep a call cheap when an account has many terminal orders, one call examines at most
     * {@link OrderPage#maxScan()} orders and may return fewer than {@code limit} orders (even none) with a
     * non-zero cursor: the client continues from it. A zero next cursor means the walk reached the
     * account's oldest order.
     *
     * <p>Consistency: each order is a whole record as of some moment during the call (an order's status
     * is checked on that same image); pages of one walk never repeat an order, and never skip one that is
     * held throughout, because a page resumes strictly below the last id examined; orders placed after the
     * walk began are not in its later pages (start again from 0 to see them); orders retired meanwhile
     * drop out. When the cursor's own order was retired, or the walk meets a record reused under it, the
     * walk restarts from the account's newest order and skips down to below the last id seen: slower (the
     * skipped orders are not counted as examined) but exact.
     */
    public void accountOrders(long accountId, boolean openOnly, long cursor, int limit, OrderPage page) {
        page.clear();
        int wanted = Math.min(limit, page.capacity());
        if (cursor < 0 || wanted <= 0) {
            return;
        }
        UnsafeBuffer scratch = page.scratch();
        long below = cursor == 0 ? Long.MAX_VALUE : cursor;
        int next = resumeIndex(accountId, cursor, scratch);
        // Every entry of one walk must be older than the one before, even across chunks: the walk cannot
        // loop, whatever the writer does to the links meanwhile.
        long walkBound = below;
        int restarts = 0;
        int scanned = 0;
        while (page.count() < wanted && scanned < page.maxScan() && next != NewestFirstRecordList.END) {
            if (next == RESTART) {
                if (++restarts > MAX_RESTARTS) {
                    break;
                }
                next = ordersOfAccount.newest(accountId);
                walkBound = Long.MAX_VALUE;
                continue;
            }
            int ask = Math.min(page.chunkEntries(), openOnly ? page.maxScan() - scanned : wanted - page.count());
            // After a restart from the head, orders at or above the cursor come first and are skipped.
            int copied = ordersOfAccount.readFrom(accountId, next, walkBound, ask, scratch, 0);
            int i = 0;
            for (; i < copied && page.count() < wanted; i++) {
                int at = i * ENTRY_LENGTH;
                long orderId = scratch.getLong(at + NewestFirstRecordList.ORDINAL_OFFSET);
                next = scratch.getInt(at + NewestFirstRecordList.PREVIOUS_OFFSET);
                walkBound = orderId;
                if (orderId >= below) {
                    continue;
                }
                below = orderId;
                scanned++;
                int status = scratch.getByte(at + NewestFirstRecordList.ITEM_OFFSET + STATUS);
                if (!openOnly || OrderStatus.isOpen(status)) {
                    page.add(scratch, at + NewestFirstRecordList.ITEM_OFFSET);
                }
            }
            if (i == copied && copied < ask && (copied == 0 || next != NewestFirstRecordList.END)) {
                // The walk met a record that is no longer the one linked (retired, maybe reused): start over.
                next = RESTART;
            }
        }
        // Cursor: ids below the last one examined; Long.MAX_VALUE (all of them) if none was.
        page.nextCursor(next == NewestFirstRecordList.END ? 0 : below);
    }

    /** Writer only: bytes {@link #snapshotTo} writes now. */
    @Override
    int snapshotLength() {
        return ordersOfAccount.snapshotLength() + itemOfOrder.snapshotLength() + Integer.BYTES
            + ordersOfAccount.indexBound() * Long.BYTES + terminal.snapshotLength();
    }

    /** Writer only, between events: copies the whole view as it is in memory. @return the end offset */
    @Override
    int snapshotTo(MutableDirectBuffer into, int offset) {
        int used = ordersOfAccount.indexBound();
        int at = ordersOfAccount.snapshotTo(into, offset);
        at = itemOfOrder.snapshotTo(into, at);
        into.putInt(at, used);
        into.putBytes(at + Integer.BYTES, accountOfItem, 0, used * Long.BYTES);
        return terminal.snapshotTo(into, at + Integer.BYTES + used * Long.BYTES);
    }

    /** Before any reader sees this (fresh) view: replaces its contents with a snapshot's. @return the end offset */
    @Override
    int restoreFrom(DirectBuffer from, int offset) {
        int at = ordersOfAccount.restoreFrom(from, offset);
        at = itemOfOrder.restoreFrom(from, at);
        int used = from.getInt(at);
        if (used != ordersOfAccount.indexBound()) {
            throw new IllegalStateException("orders snapshot: " + used + " account slots for " + ordersOfAccount.indexBound() + " orders");
        }
        accountOfItem.putBytes(0, from, at + Integer.BYTES, used * Long.BYTES);
        return terminal.restoreFrom(from, at + Integer.BYTES + used * Long.BYTES);
    }

    private static final int RESTART = -2;
    /** Restarts per call before the page is returned as it is, for the client to continue from its cursor. */
    private static final int MAX_RESTARTS = 3;

    /** Where a walk below {@code cursor} starts: after the cursor's order if it is still held, else {@link #RESTART}. */
    private int resumeIndex(long accountId, long cursor, UnsafeBuffer scratch) {
        if (cursor == 0) {
            return ordersOfAccount.newest(accountId);
        }
        int item = itemOfOrder.get(cursor);
        if (item == LongHashIndex.MISSING
            || ordersOfAccount.readFrom(accountId, item, Long.MAX_VALUE, 1, scratch, 0) != 1
            || scratch.getLong(NewestFirstRecordList.ORDINAL_OFFSET) != cursor) {
            return RESTART;
        }
        return scratch.getInt(NewestFirstRecordList.PREVIOUS_OFFSET);
    }
}
