package io.ringtail.trading;

/**
 * Capacities of the trading state, all pre-allocated at construction so the writer never allocates.
 *
 * @param maxAccounts             accounts that can ever be opened
 * @param maxOpenOrders           orders resting at once; a new order is refused when this many are open
 * @param maxPriceLevels          distinct prices per symbol and side
 * @param terminalOrderRetention  filled or cancelled orders kept (for lookups and clientOrderId
 *                                de-duplication) before the oldest is retired; see {@link TerminalOrderRetention}
 * @param maxShortPosition        how far below zero a sell may take an account's position; 0 (the default)
 *                                forbids short selling. A bound rather than a flag, so positions cannot overflow.
 */
public record TradingLimits(int maxAccounts, int maxOpenOrders, int maxPriceLevels, int terminalOrderRetention,
                            long maxShortPosition) {
    /** Positions are capped so that long arithmetic on them can never overflow, shorting included. */
    public static final long MAX_TOTAL_POSITION = Long.MAX_VALUE / 4;

    public TradingLimits {
        if (maxAccounts <= 0 || maxOpenOrders <= 0 || maxPriceLevels <= 0 || terminalOrderRetention < 0) {
            throw new IllegalArgumentException("capacities must be positive (retention non-negative)");
        }
        if (maxShortPosition < 0 || maxShortPosition > MAX_TOTAL_POSITION / maxAccounts) {
            throw new IllegalArgumentException("maxShortPosition must be within 0.." + MAX_TOTAL_POSITION / maxAccounts);
        }
    }

    public static TradingLimits defaults() {
        return new TradingLimits(100_000, 1_000_000, 4_096, 100_000, 0);
    }

    public boolean allowsShortSelling() {
        return maxShortPosition > 0;
    }

    /** Orders that can be held at once: the open ones, the retained terminal ones, and one retiring. */
    int orderPoolSize() {
        return maxOpenOrders + terminalOrderRetention + 1;
    }
}
