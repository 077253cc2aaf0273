package io.ringtail.trading.view;

import org.agrona.concurrent.UnsafeBuffer;

/** A caller-owned, reusable copy of one symbol's record of the {@link BooksView}: top levels per side. */
public final class BookSnapshot {
    private final int depth;
    private final UnsafeBuffer scratch;
    private final long[] bidPrice;
    private final long[] bidQuantity;
    private final int[] bidOrders;
    private final long[] askPrice;
    private final long[] askQuantity;
    private final int[] askOrders;
    private int symbol;
    private int bidLevels;
    private int askLevels;
    private long version;

    /** @param depth the view's depth ({@link BooksView#depth()}) */
    public BookSnapshot(int depth) {
        this.depth = depth;
        this.scratch = new UnsafeBuffer(new byte[BooksView.recordLength(depth)]);
        this.bidPrice = new long[depth];
        this.bidQuantity = new long[depth];
        this.bidOrders = new int[depth];
        this.askPrice = new long[depth];
        this.askQuantity = new long[depth];
        this.askOrders = new int[depth];
    }

    int depth() {
        return depth;
    }

    UnsafeBuffer scratch() {
        return scratch;
    }

    void decode() {
        UnsafeBuffer b = scratch;
        symbol = b.getInt(BooksView.SYMBOL);
        bidLevels = Math.min(depth, b.getInt(BooksView.BID_LEVELS));
        askLevels = Math.min(depth, b.getInt(BooksView.ASK_LEVELS));
        version = b.getLong(BooksView.VERSION);
        for (int i = 0; i < bidLevels; i++) {
            int at = BooksView.bidOffset(i);
            bidPrice[i] = b.getLong(at);
            bidQuantity[i] = b.getLong(at + BooksView.LEVEL_QUANTITY);
            bidOrders[i] = b.getInt(at + BooksView.LEVEL_ORDERS);
        }
        for (int i = 0; i < askLevels; i++) {
            int at = BooksView.askOffset(depth, i);
            askPrice[i] = b.getLong(at);
            askQuantity[i] = b.getLong(at + BooksView.LEVEL_QUANTITY);
            askOrders[i] = b.getInt(at + BooksView.LEVEL_ORDERS);
        }
    }

    public int symbol() { return symbol; }
    /** Sequence of the last event that changed this book (0 if none). */
    public long version() { return version; }
    public int bidLevels() { return bidLevels; }
    public int askLevels() { return askLevels; }
    /** Bid level {@code i}, 0 = best (highest price). */
    public long bidPrice(int i) { return bidPrice[check(i, bidLevels)]; }
    public long bidQuantity(int i) { return bidQuantity[check(i, bidLevels)]; }
    public int bidOrders(int i) { return bidOrders[check(i, bidLevels)]; }
    /** Ask level {@code i}, 0 = best (lowest price). */
    public long askPrice(int i) { return askPrice[check(i, askLevels)]; }
    public long askQuantity(int i) { return askQuantity[check(i, askLevels)]; }
    public int askOrders(int i) { return askOrders[check(i, askLevels)]; }

    private static int check(int i, int levels) {
        if (i < 0 || i >= levels) {
            throw new IndexOutOfBoundsException("level " + i + " of " + levels);
        }
        return i;
    }
}
