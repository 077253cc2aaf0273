package io.ringtail.trading.view;

import io.ringtail.engine.view.RecentRecordsRing;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The most recent trades of every symbol, newest first, in a {@link RecentRecordsRing} keyed by symbol
 * index. ONE writer (the {@link TradesProjection}'s thread), any number of readers.
 *
 * <p>Trade item, little-endian, {@value #TRADE_LENGTH} bytes:
 * <pre>
 *   0 tradeId | 8 price | 16 quantity | 24 buyOrderId | 32 sellOrderId | 40 timestamp (event, epoch nanos)
 *  48 version (the TRADE event's sequence)   (all longs)
 * </pre>
 */
public final class TradesView extends ViewMemory {
    static final int TRADE_ID = 0;
    static final int PRICE = 8;
    static final int QUANTITY = 16;
    static final int BUY_ORDER_ID = 24;
    static final int SELL_ORDER_ID = 32;
    static final int TIMESTAMP = 40;
    static final int VERSION = 48;
    public static final int TRADE_LENGTH = 56;

    private final int symbols;
    private final RecentRecordsRing ring;

    public TradesView(int symbols, int recentTrades) {
        this.symbols = symbols;
        this.ring = new RecentRecordsRing(symbols, recentTrades, TRADE_LENGTH);
    }

    /** Trades kept per symbol. */
    public int depth() {
        return ring.depth();
    }

    public long directMemoryBytes() {
        return ring.directMemoryBytes();
    }

    void add(int symbol, long tradeId, long price, long quantity, long buyOrderId, long sellOrderId, long timestamp,
             long sequence) {
        if (symbol < 0 || symbol >= symbols) {
            throw new IllegalStateException("symbol index " + symbol + " outside the " + symbols + " configured");
        }
        int at = ring.beginAppend(symbol);
        MutableDirectBuffer b = ring.buffer();
        b.putLong(at + TRADE_ID, tradeId);
        b.putLong(at + PRICE, price);
        b.putLong(at + QUANTITY, quantity);
        b.putLong(at + BUY_ORDER_ID, buyOrderId);
        b.putLong(at + SELL_ORDER_ID, sellOrderId);
        b.putLong(at + TIMESTAMP, timestamp);
        b.putLong(at + VERSION, sequence);
        ring.endAppend();
    }

    /** Any thread: trades ever made in {@code symbol}. */
    public long tradeCount(int symbol) {
        return ring.count(symbol);
    }

    /**
     * Any thread: up to {@code limit} of {@code symbol}'s most recent trades into {@code into}, newest first.
     * Each trade is whole; trades made during the read are not included, and a read lapped by more than
     * {@link #depth()} new trades returns fewer rather than mixing in newer ones.
     *
     * @return trades copied (0 for an unknown symbol or one without trades)
     */
    public int recent(int symbol, int limit, TradesSnapshot into) {
        if (symbol < 0 || symbol >= symbols) {
            into.count(0);
            return 0;
        }
        int max = Math.min(limit, into.capacity());
        int copied = ring.readRecent(symbol, max, into.scratch(), 0);
        into.decode(copied, ring.entryLength(), RecentRecordsRing.ITEM_OFFSET);
        return copied;
    }

    @Override
    int snapshotLength() {
        return ring.snapshotLength();
    }

    @Override
    int snapshotTo(MutableDirectBuffer into, int offset) {
        return ring.snapshotTo(into, offset);
    }

    @Override
    int restoreFrom(DirectBuffer from, int offset) {
        return ring.restoreFrom(from, offset);
    }
}
