package io.ringtail.trading.view;

import io.ringtail.engine.view.SeqlockRecordStore;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The top {@code depth} price levels per side of every symbol, one seqlocked record per symbol rewritten
 * whole by the {@link BooksProjection} after each event that changed the symbol, so a reader gets the two
 * sides of one book as of one event: never a torn or half-updated book. ONE writer, any number of readers.
 *
 * <p>Book record, little-endian, 24 + 48 x depth bytes:
 * <pre>
 *   0 symbolIndex int | 4 bidLevels int | 8 askLevels int | 12 unused int | 16 version long (sequence of the
 *     last event that changed the book)
 *  24 depth bid levels, best (highest) first, then depth ask levels, best (lowest) first, 24 bytes each:
 *     0 price long | 8 open quantity long | 16 orders int | 20 unused int
 * </pre>
 */
public final class BooksView {
    static final int SYMBOL = 0;
    static final int BID_LEVELS = 4;
    static final int ASK_LEVELS = 8;
    static final int VERSION = 16;
    static final int LEVELS = 24;
    static final int LEVEL_LENGTH = 24;
    static final int LEVEL_QUANTITY = 8;
    static final int LEVEL_ORDERS = 16;

    private final int depth;
    private final int symbols;
    private final SeqlockRecordStore records;

    public BooksView(int symbols, int depth) {
        this.depth = depth;
        this.symbols = symbols;
        this.records = new SeqlockRecordStore(symbols, recordLength(depth));
        for (int symbol = 0; symbol < symbols; symbol++) {
            int at = records.beginWrite(symbol);
            records.buffer().putInt(at + SYMBOL, symbol);
            records.endWrite(symbol);
        }
    }

    static int recordLength(int depth) {
        return LEVELS + 2 * depth * LEVEL_LENGTH;
    }

    static int bidOffset(int level) {
        return LEVELS + level * LEVEL_LENGTH;
    }

    static int askOffset(int depth, int level) {
        return LEVELS + (depth + level) * LEVEL_LENGTH;
    }

    public int depth() {
        return depth;
    }

    public int symbols() {
        return symbols;
    }

    public long directMemoryBytes() {
        return records.directMemoryBytes();
    }

    /** Writer only: rewrites {@code symbol}'s record from the full book sides. */
    void publish(int symbol, PriceLevels bids, PriceLevels asks, long sequence) {
        int at = records.beginWrite(symbol);
        MutableDirectBuffer b = records.buffer();
        int bidLevels = Math.min(depth, bids.levelCount());
        int askLevels = Math.min(depth, asks.levelCount());
        b.putInt(at + BID_LEVELS, bidLevels);
        b.putInt(at + ASK_LEVELS, askLevels);
        b.putLong(at + VERSION, sequence);
        for (int level = 0; level < bidLevels; level++) {
            putLevel(b, at + bidOffset(level), bids, level);
        }
        for (int level = 0; level < askLevels; level++) {
            putLevel(b, at + askOffset(depth, level), asks, level);
        }
        records.endWrite(symbol);
    }

    private static void putLevel(MutableDirectBuffer b, int at, PriceLevels side, int level) {
        b.putLong(at, side.price(level));
        b.putLong(at + LEVEL_QUANTITY, side.quantity(level));
        b.putInt(at + LEVEL_ORDERS, side.orders(level));
    }

    /** Any thread: copies {@code symbol}'s book into {@code into}; false for a symbol index not configured. */
    public boolean book(int symbol, BookSnapshot into) {
        if (symbol < 0 || symbol >= symbols) {
            return false;
        }
        if (into.depth() != depth) {
            throw new IllegalArgumentException("snapshot of depth " + into.depth() + ", view has " + depth);
        }
        if (!records.read(symbol, into.scratch(), 0)) {
            return false;
        }
        into.decode();
        return true;
    }

    int snapshotLength() {
        return records.snapshotLength(symbols);
    }

    int snapshotTo(MutableDirectBuffer into, int offset) {
        return records.snapshotTo(symbols, into, offset);
    }

    /** Before any reader sees this (fresh) view. @return the end offset */
    int restoreFrom(DirectBuffer from, int offset) {
        if (from.getInt(offset) != symbols) {
            throw new IllegalStateException("books snapshot of " + from.getInt(offset) + " symbols, view has " + symbols);
        }
        return records.restoreFrom(from, offset);
    }
}
