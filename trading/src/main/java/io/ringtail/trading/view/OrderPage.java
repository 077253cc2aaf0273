package io.ringtail.trading.view;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * A caller-owned, reusable page of an account's orders filled by
 * {@link OrdersView#accountOrders(long, boolean, long, int, OrderPage)}: up to {@link #capacity()} orders
 * newest first and the cursor of the next page. Holds its own copy buffer, so a read allocates nothing.
 */
public final class OrderPage {
    public static final int DEFAULT_MAX_SCAN = 1_024;
    private static final int CHUNK_ENTRIES = 32;

    private final OrderSnapshot[] orders;
    private final UnsafeBuffer scratch = new UnsafeBuffer(new byte[CHUNK_ENTRIES * OrdersView.ENTRY_LENGTH]);
    private final int maxScan;
    private int count;
    private long nextCursor;

    /** @param capacity the largest page a caller will ask for */
    public OrderPage(int capacity) {
        this(capacity, DEFAULT_MAX_SCAN);
    }

    /** @param maxScan orders one call may examine at most when filtering (at least {@code capacity}) */
    public OrderPage(int capacity, int maxScan) {
        if (capacity <= 0 || maxScan < capacity) {
            throw new IllegalArgumentException("capacity must be positive and max scan at least capacity: " + capacity + ", " + maxScan);
        }
        this.orders = new OrderSnapshot[capacity];
        for (int i = 0; i < capacity; i++) {
            orders[i] = new OrderSnapshot();
        }
        this.maxScan = maxScan;
    }

    public int capacity() {
        return orders.length;
    }

    public int maxScan() {
        return maxScan;
    }

    /** Orders in this page. */
    public int count() {
        return count;
    }

    public OrderSnapshot order(int i) {
        if (i >= count) {
            throw new IndexOutOfBoundsException("order " + i + " of a page of " + count);
        }
        return orders[i];
    }

    /** Cursor of the next page, 0 when there is none (the gateway answers {@code "next": null}). */
    public long nextCursor() {
        return nextCursor;
    }

    void clear() {
        count = 0;
        nextCursor = 0;
    }

    void add(DirectBuffer buffer, int recordOffset) {
        orders[count++].decode(buffer, recordOffset);
    }

    void nextCursor(long cursor) {
        this.nextCursor = cursor;
    }

    UnsafeBuffer scratch() {
        return scratch;
    }

    int chunkEntries() {
        return CHUNK_ENTRIES;
    }
}
