package io.ringtail.trading;

/**
 * The price levels of one side of one symbol, best first (bids descending, asks ascending), in a sorted
 * array searched by bisection. Level objects are pre-allocated: inserting shifts references and takes the
 * spare object parked past the end; removing parks the emptied one there again, so nothing is allocated.
 */
final class BookSide {
    private final boolean descending;
    private final PriceLevel[] levels;
    private int count;

    /** @param capacity the configured maximum; one more is kept for a taker that rests only while it matches */
    BookSide(boolean descending, int capacity) {
        this.descending = descending;
        this.levels = new PriceLevel[capacity + 1];
        for (int i = 0; i < levels.length; i++) {
            levels[i] = new PriceLevel();
        }
    }

    int levelCount() {
        return count;
    }

    PriceLevel levelAt(int index) {
        return levels[index];
    }

    /** True when {@code price} is at or better than {@code limit} for this side, i.e. an opposite order at limit crosses it. */
    boolean crosses(long price, long limit) {
        return descending ? price >= limit : price <= limit;
    }

    PriceLevel find(long price) {
        int index = search(price);
        return index >= 0 ? levels[index] : null;
    }

    void add(Order order) {
        int index = search(order.price);
        if (index < 0) {
            index = -index - 1;
            PriceLevel spare = levels[count];
            System.arraycopy(levels, index, levels, index + 1, count - index);
            levels[index] = spare;
            spare.reset(order.price);
            count++;
        }
        levels[index].append(order);
    }

    void remove(Order order) {
        PriceLevel level = order.level;
        level.remove(order);
        if (level.isEmpty()) {
            int index = search(level.price);
            System.arraycopy(levels, index + 1, levels, index, count - index - 1);
            count--;
            levels[count] = level;
        }
    }

    void clear() {
        for (int i = 0; i < count; i++) {
            levels[i].reset(0);
        }
        count = 0;
    }

    private int search(long price) {
        long key = descending ? -price : price;
        int low = 0;
        int high = count - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            long midKey = descending ? -levels[mid].price : levels[mid].price;
            if (midKey < key) {
                low = mid + 1;
            } else if (midKey > key) {
                high = mid - 1;
            } else {
                return mid;
            }
        }
        return -(low + 1);
    }
}
