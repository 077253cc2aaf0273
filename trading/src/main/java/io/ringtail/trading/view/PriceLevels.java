package io.ringtail.trading.view;

import io.ringtail.trading.Side;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.util.Arrays;

/**
 * One side of one symbol's full book as the books projection tracks it: every price level with its open
 * quantity and order count, best first. Writer thread only, on-heap. Levels sit in sorted parallel arrays
 * (a binary search and a short array copy per new or emptied level): the domain bounds levels per side,
 * and reading the top N is a plain loop. The arrays only grow, so steady state allocates nothing.
 */
final class PriceLevels {
    private final boolean bids;
    private long[] prices = new long[16];
    private long[] quantities = new long[16];
    private int[] orders = new int[16];
    private int count;

    PriceLevels(int side) {
        this.bids = side == Side.BUY;
    }

    int levelCount() {
        return count;
    }

    long price(int level) {
        return prices[level];
    }

    long quantity(int level) {
        return quantities[level];
    }

    int orders(int level) {
        return orders[level];
    }

    /** Adds the deltas to the level at {@code price}, creating it, or dropping it once it holds no order. */
    void change(long price, long quantityDelta, int ordersDelta) {
        int at = find(price);
        if (at < 0) {
            at = -at - 1;
            insert(at, price);
        }
        quantities[at] += quantityDelta;
        orders[at] += ordersDelta;
        if (orders[at] < 0 || quantities[at] < 0 || (orders[at] == 0) != (quantities[at] == 0)) {
            throw new IllegalStateException((bids ? "bid" : "ask") + " level " + price + " went inconsistent: "
                + quantities[at] + " in " + orders[at] + " orders");
        }
        if (orders[at] == 0) {
            System.arraycopy(prices, at + 1, prices, at, count - at - 1);
            System.arraycopy(quantities, at + 1, quantities, at, count - at - 1);
            System.arraycopy(orders, at + 1, orders, at, count - at - 1);
            count--;
        }
    }

    int snapshotLength() {
        return Integer.BYTES + count * (2 * Long.BYTES + Integer.BYTES);
    }

    int snapshotTo(MutableDirectBuffer into, int offset) {
        into.putInt(offset, count);
        int at = offset + Integer.BYTES;
        for (int level = 0; level < count; level++, at += 20) {
            into.putLong(at, prices[level]);
            into.putLong(at + 8, quantities[level]);
            into.putInt(at + 16, orders[level]);
        }
        return at;
    }

    /** Into a fresh side. @return the end offset */
    int restoreFrom(DirectBuffer from, int offset) {
        int levels = from.getInt(offset);
        if (levels < 0) {
            throw new IllegalStateException("book snapshot with " + levels + " levels");
        }
        prices = new long[Math.max(16, levels)];
        quantities = new long[prices.length];
        orders = new int[prices.length];
        int at = offset + Integer.BYTES;
        for (int level = 0; level < levels; level++, at += 20) {
            prices[level] = from.getLong(at);
            quantities[level] = from.getLong(at + 8);
            orders[level] = from.getInt(at + 16);
        }
        count = levels;
        return at;
    }

    private void insert(int at, long price) {
        if (count == prices.length) {
            prices = Arrays.copyOf(prices, count * 2);
            quantities = Arrays.copyOf(quantities, count * 2);
            orders = Arrays.copyOf(orders, count * 2);
        }
        System.arraycopy(prices, at, prices, at + 1, count - at);
        System.arraycopy(quantities, at, quantities, at + 1, count - at);
        System.arraycopy(orders, at, orders, at + 1, count - at);
        prices[at] = price;
        quantities[at] = 0;
        orders[at] = 0;
        count++;
    }

    /** Binary search in best-first order: the level's index, or -(insertion point) - 1. */
    private int find(long price) {
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long p = prices[mid];
            if (p == price) {
                return mid;
            }
            boolean before = bids ? p > price : p < price;
            if (before) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -(low + 1);
    }
}
