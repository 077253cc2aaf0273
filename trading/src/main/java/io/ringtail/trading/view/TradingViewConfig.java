package io.ringtail.trading.view;

import io.ringtail.trading.TradingLimits;

/**
 * Capacities of the trading read views, all allocated up front in direct memory. A view that runs out of
 * room throws {@link io.ringtail.engine.view.ViewCapacityExceededException} on its projection's thread, so
 * the projection stops loudly instead of serving answers with events missing.
 *
 * @param maxOrders      orders the orders view can hold at once: every open order plus the retained terminal
 *                       ones (and one retiring), so at least the domain's max open orders + {@code orderRetention} + 1
 * @param maxAccounts    accounts the accounts and orders views can hold
 * @param bookDepth      price levels published per side and symbol
 * @param recentTrades   trades kept per symbol
 * @param orderRetention filled or cancelled orders the orders view keeps, newest first by when they became
 *                       terminal; an older terminal order is retired (gone from the view: a lookup of it
 *                       finds nothing). Like the domain's retention, so the view forgets what the domain forgot.
 */
public record TradingViewConfig(int maxOrders, int maxAccounts, int bookDepth, int recentTrades, int orderRetention) {
    public static final int DEFAULT_ORDER_RETENTION = TradingLimits.defaults().terminalOrderRetention();
    /** Room for the domain's default max open orders and the default retention: the view cannot fill up. */
    public static final int DEFAULT_MAX_ORDERS = TradingLimits.defaults().maxOpenOrders() + DEFAULT_ORDER_RETENTION + 1;
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
        if (orderRetention < 0) {
            throw new IllegalArgumentException("order retention must not be negative, got " + orderRetention);
        }
    }

    /** With the default order retention. */
    public TradingViewConfig(int maxOrders, int maxAccounts, int bookDepth, int recentTrades) {
        this(maxOrders, maxAccounts, bookDepth, recentTrades, DEFAULT_ORDER_RETENTION);
    }

    public static TradingViewConfig defaults() {
        return new TradingViewConfig(DEFAULT_MAX_ORDERS, DEFAULT_MAX_ACCOUNTS, DEFAULT_BOOK_DEPTH, DEFAULT_RECENT_TRADES,
            DEFAULT_ORDER_RETENTION);
    }
}
