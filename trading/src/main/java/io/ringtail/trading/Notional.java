package io.ringtail.trading;

/** Price times quantity without silent overflow: every product the domain stores goes through here. */
final class Notional {
    static final long OVERFLOW = -1;

    private Notional() {
    }

    /** {@code price * quantity} for non-negative operands, or {@link #OVERFLOW} when it does not fit a long. */
    static long of(long price, long quantity) {
        if (Math.multiplyHigh(price, quantity) != 0) {
            return OVERFLOW;
        }
        long product = price * quantity;
        return product < 0 ? OVERFLOW : product;
    }
}
