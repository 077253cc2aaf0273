package io.ringtail.trading.view;

import io.ringtail.engine.view.RecentRecordsRing;
import org.agrona.concurrent.UnsafeBuffer;

/** A caller-owned, reusable list of recent trades of one symbol from the {@link TradesView}, newest first. */
public final class TradesSnapshot {
    private final UnsafeBuffer scratch;
    private final long[] tradeId;
    private final long[] price;
    private final long[] quantity;
    private final long[] buyOrderId;
    private final long[] sellOrderId;
    private final long[] timestamp;
    private final long[] version;
    private int count;

    /** @param capacity the most trades a caller will ask for */
    public TradesSnapshot(int capacity) {
        this.scratch = new UnsafeBuffer(new byte[capacity * (RecentRecordsRing.ITEM_OFFSET + TradesView.TRADE_LENGTH)]);
        this.tradeId = new long[capacity];
        this.price = new long[capacity];
        this.quantity = new long[capacity];
        this.buyOrderId = new long[capacity];
        this.sellOrderId = new long[capacity];
        this.timestamp = new long[capacity];
        this.version = new long[capacity];
    }

    public int capacity() {
        return tradeId.length;
    }

    UnsafeBuffer scratch() {
        return scratch;
    }

    void count(int count) {
        this.count = count;
    }

    void decode(int copied, int entryLength, int itemOffset) {
        for (int i = 0; i < copied; i++) {
            int at = i * entryLength + itemOffset;
            tradeId[i] = scratch.getLong(at + TradesView.TRADE_ID);
            price[i] = scratch.getLong(at + TradesView.PRICE);
            quantity[i] = scratch.getLong(at + TradesView.QUANTITY);
            buyOrderId[i] = scratch.getLong(at + TradesView.BUY_ORDER_ID);
            sellOrderId[i] = scratch.getLong(at + TradesView.SELL_ORDER_ID);
            timestamp[i] = scratch.getLong(at + TradesView.TIMESTAMP);
            version[i] = scratch.getLong(at + TradesView.VERSION);
        }
        count = copied;
    }

    /** Trades held, newest first. */
    public int count() { return count; }
    public long tradeId(int i) { return tradeId[check(i)]; }
    public long price(int i) { return price[check(i)]; }
    public long quantity(int i) { return quantity[check(i)]; }
    public long buyOrderId(int i) { return buyOrderId[check(i)]; }
    public long sellOrderId(int i) { return sellOrderId[check(i)]; }
    /** Event timestamp (epoch nanos) of the trade. */
    public long timestamp(int i) { return timestamp[check(i)]; }
    public long version(int i) { return version[check(i)]; }

    private int check(int i) {
        if (i < 0 || i >= count) {
            throw new IndexOutOfBoundsException("trade " + i + " of " + count);
        }
        return i;
    }
}
