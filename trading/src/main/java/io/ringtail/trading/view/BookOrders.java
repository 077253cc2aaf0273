package io.ringtail.trading.view;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.collections.Long2LongHashMap;
import org.agrona.collections.LongLongConsumer;

import java.util.Arrays;

/**
 * The open orders the books projection must remember to move quantity between levels: price, symbol,
 * side, open quantity, and whether the order is in its level yet. Writer thread only, on-heap, as
 * parallel arrays indexed by a slot recycled through a free list, so steady state allocates nothing.
 *
 * <p>{@code pending} is the part of a just-accepted (or re-priced) order that will trade in the same
 * command: the order joins its level only once those trades are applied, so readers never see a taker
 * sitting in the book crossed with the makers it is about to take.
 */
final class BookOrders {
    private static final long MISSING = -1;

    private final Long2LongHashMap slotOfOrder = new Long2LongHashMap(1024, 0.65f, MISSING);
    private long[] price = new long[1024];
    private long[] open = new long[1024];
    private long[] pending = new long[1024];
    private int[] symbol = new int[1024];
    private byte[] side = new byte[1024];
    private boolean[] rests = new boolean[1024];
    private boolean[] inBook = new boolean[1024];
    private int[] free = new int[1024];
    private int freeCount;
    private int slotsUsed;
    private final LongLongConsumer writeEntry = this::writeEntry;
    private MutableDirectBuffer snapshotInto;
    private int snapshotAt;

    int add(long orderId, int symbol, int side, long price, long open, boolean rests) {
        int slot = freeCount > 0 ? free[--freeCount] : newSlot();
        if (slotOfOrder.put(orderId, slot) != MISSING) {
            throw new IllegalStateException("order " + orderId + " accepted twice");
        }
        this.symbol[slot] = symbol;
        this.side[slot] = (byte) side;
        this.price[slot] = price;
        this.open[slot] = open;
        this.pending[slot] = 0;
        this.rests[slot] = rests;
        this.inBook[slot] = false;
        return slot;
    }

    /** The slot of an open order; throws if the order is not open here, since then the view would be wrong. */
    int slotOf(long orderId) {
        long slot = slotOfOrder.get(orderId);
        if (slot == MISSING) {
            throw new IllegalStateException("event for order " + orderId + " which the books view does not hold open");
        }
        return (int) slot;
    }

    void remove(long orderId, int slot) {
        slotOfOrder.remove(orderId);
        if (freeCount == free.length) {
            free = Arrays.copyOf(free, freeCount * 2);
        }
        free[freeCount++] = slot;
    }

    int size() {
        return slotOfOrder.size();
    }

    long price(int slot) { return price[slot]; }
    void price(int slot, long value) { price[slot] = value; }
    long open(int slot) { return open[slot]; }
    void open(int slot, long value) { open[slot] = value; }
    long pending(int slot) { return pending[slot]; }
    void pending(int slot, long value) { pending[slot] = value; }
    int symbol(int slot) { return symbol[slot]; }
    int side(int slot) { return side[slot]; }
    /** False for orders that never rest (IOC, FOK, MARKET, or stopped by self-trade prevention): never booked. */
    boolean rests(int slot) { return rests[slot]; }
    void rests(int slot, boolean value) { rests[slot] = value; }
    boolean inBook(int slot) { return inBook[slot]; }
    void inBook(int slot, boolean value) { inBook[slot] = value; }

    private static final int ENTRY_LENGTH = 40;

    int snapshotLength() {
        return Integer.BYTES + size() * ENTRY_LENGTH;
    }

    /** The open orders by id (slots are private and need not survive). @return the end offset */
    int snapshotTo(MutableDirectBuffer into, int offset) {
        into.putInt(offset, size());
        snapshotInto = into;
        snapshotAt = offset + Integer.BYTES;
        slotOfOrder.forEachLong(writeEntry);
        snapshotInto = null;
        return snapshotAt;
    }

    private void writeEntry(long orderId, long slotValue) {
        int slot = (int) slotValue;
        MutableDirectBuffer b = snapshotInto;
        int at = snapshotAt;
        b.putLong(at, orderId);
        b.putLong(at + 8, price[slot]);
        b.putLong(at + 16, open[slot]);
        b.putLong(at + 24, pending[slot]);
        b.putInt(at + 32, symbol[slot]);
        b.putByte(at + 36, side[slot]);
        b.putByte(at + 37, (byte) (rests[slot] ? 1 : 0));
        b.putByte(at + 38, (byte) (inBook[slot] ? 1 : 0));
        snapshotAt = at + ENTRY_LENGTH;
    }

    /** Into a fresh, empty instance. @return the end offset */
    int restoreFrom(DirectBuffer from, int offset) {
        int count = from.getInt(offset);
        if (count < 0) {
            throw new IllegalStateException("book snapshot with " + count + " open orders");
        }
        int at = offset + Integer.BYTES;
        for (int i = 0; i < count; i++, at += ENTRY_LENGTH) {
            int slot = add(from.getLong(at), from.getInt(at + 32), from.getByte(at + 36), from.getLong(at + 8),
                from.getLong(at + 16), from.getByte(at + 37) != 0);
            pending[slot] = from.getLong(at + 24);
            inBook[slot] = from.getByte(at + 38) != 0;
        }
        return at;
    }

    private int newSlot() {
        if (slotsUsed == price.length) {
            int length = slotsUsed * 2;
            price = Arrays.copyOf(price, length);
            open = Arrays.copyOf(open, length);
            pending = Arrays.copyOf(pending, length);
            symbol = Arrays.copyOf(symbol, length);
            side = Arrays.copyOf(side, length);
            rests = Arrays.copyOf(rests, length);
            inBook = Arrays.copyOf(inBook, length);
        }
        return slotsUsed++;
    }
}
