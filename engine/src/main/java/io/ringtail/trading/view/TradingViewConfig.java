package io.ringtail.trading.view;

/**
 * Capacities of the trading read views, all allocated up front in direct memory. A view that runs out of
 * room throws {@link io.ringtail.engine.view.ViewCapacityExceededException} on its projection's thread, so
 * the projection stops loudly instead of serving answers with events missing.
 *
 * @param maxOrders    orders ever accepted that the orders view can hold (views keep terminal orders too)
 * @param maxAccounts  accounts the accounts and orders views can hold
 * @param bookDepth    price levels published per side and symbol
 * @param recentTrades trades kept per symbol
 */
public record TradingViewConfig(int maxOrders, int maxAccounts, int bookDepth, int recentTrades) {
    public static final int DEFAULT_MAX_ORDERS = 1_000_000;
    public static final int DEFAULT_MAX_ACCOUNTS = 100_000;
    public static final int DEFAULT_BOOK_DEPTH = 10;
    public static final int MAX_BOOK_DEPTH = 1_000;
    public static final int DEFAULT_RECENT_TRADES = 100;

    public TradingViewConfig {
        if (maxOrders <= 0 || maxAccounts <= 0) {
            throw new IllegalArgumentException("max orders and accounts must be positive: " + maxOrders + ", " + maxAccounts);
        }
        if (bookDepth <= 0 || bookDepth > MAX_BOOK_DEPTH) {
            throw new IllegalArgumentException("book depth must be 1.." + MAX_BOOK_DEPTH + ", got " + bookDepth);
        }
        if (recentTrades <= 0) {
            throw new IllegalArgumentException("recent trades must be positive, got " + recentTrades);
        }
    }

    public static TradingViewConfig defaults() {
        return new TradingViewConfig(DEFAULT_MAX_ORDERS, DEFAULT_MAX_ACCOUNTS, DEFAULT_BOOK_DEPTH, DEFAULT_RECENT_TRADES);
    }
}
