package io.ringtail.trading;

/**
 * Bounds memory: keeps the ids of the last {@code retention} orders that became terminal (filled or
 * cancelled), in the order they did. When one more becomes terminal the oldest is retired: dropped from
 * the order map and from the clientOrderId index, its object returned to the pool.
 *
 * <p>Driven only by event application, so replay retires exactly the same orders. The de-duplication
 * window this implies: a clientOrderId is recognised while its order is open, and after that until
 * {@code retention} further orders (of any account) have become terminal. A retry arriving later is
 * treated as a new order, and a cancel or amend of a retired order answers UNKNOWN_ORDER.
 */
final class TerminalOrderRetention {
    private final long[] ring;
    private int head;
    private int size;

    TerminalOrderRetention(int retention) {
        ring = new long[retention];
    }

    /** Records a newly terminal order; returns the id of the order to retire now, or 0 when none. */
    long onTerminal(long orderId) {
        if (ring.length == 0) {
            return orderId;
        }
        if (size < ring.length) {
            ring[(head + size) % ring.length] = orderId;
            size++;
            return 0;
        }
        long retired = ring[head];
        ring[head] = orderId;
        head = (head + 1) % ring.length;
        return retired;
    }

    int capacity() {
        return ring.length;
    }

    int size() {
        return size;
    }

    /** The i-th oldest retained id. */
    long idAt(int index) {
        return ring[(head + index) % ring.length];
    }

    void clear() {
        head = 0;
        size = 0;
    }
}
