package io.ringtail.trading.view;

import io.ringtail.engine.settings.Setting;
import io.ringtail.engine.settings.SettingException;
import io.ringtail.engine.settings.SettingGroup;
import io.ringtail.engine.settings.SettingParser;
import io.ringtail.engine.settings.SettingValues;
import io.ringtail.trading.TradingLimits;
import io.ringtail.trading.TradingSettings;

/** The trading read views' capacities; they build the {@link TradingViewConfig}, checked against the domain's limits. */
public final class TradingViewSettings {
    public static final SettingGroup GROUP = new SettingGroup("Trading read views");

    public static final Setting<Integer> VIEW_MAX_ORDERS = GROUP.add(Setting.of("view-max-orders", "N", null,
        SettingParser.integer(1, 500_000_000),
        "orders the orders view holds at once, open + retained (direct memory, ~250 bytes each); set below "
            + "--max-open-orders + --view-order-retention + 1, the server refuses to start")
        .unsetMeans("--max-open-orders + --view-order-retention + 1 (" + TradingViewConfig.DEFAULT_MAX_ORDERS + ")"));
    public static final Setting<Integer> VIEW_ORDER_RETENTION = GROUP.add(Setting.of("view-order-retention", "N",
        String.valueOf(TradingViewConfig.DEFAULT_ORDER_RETENTION), SettingParser.integer(0, 100_000_000),
        "filled or cancelled orders the orders view keeps (newest first); older ones are retired and GET answers 404"));
    public static final Setting<Integer> VIEW_MAX_ACCOUNTS = GROUP.add(Setting.of("view-max-accounts", "N", null,
        SettingParser.integer(1, 100_000_000),
        "accounts the read views hold (direct memory); fewer than --max-accounts stops the accounts projection "
            + "once they are all open")
        .unsetMeans("--max-accounts (" + TradingLimits.defaults().maxAccounts() + ")"));
    public static final Setting<Integer> BOOK_DEPTH = GROUP.add(Setting.of("book-depth", "N",
        String.valueOf(TradingViewConfig.DEFAULT_BOOK_DEPTH), SettingParser.integer(1, TradingViewConfig.MAX_BOOK_DEPTH),
        "price levels per side the book view publishes"));
    public static final Setting<Integer> RECENT_TRADES = GROUP.add(Setting.of("recent-trades", "N",
        String.valueOf(TradingViewConfig.DEFAULT_RECENT_TRADES), SettingParser.integer(1, 1_000_000),
        "trades per symbol the trades view keeps"));

    private TradingViewSettings() {
    }

    /**
     * Unset capacities follow the domain's: a larger --max-open-orders or --max-accounts alone then never leaves
     * a view too small for what the domain accepts.
     */
    public static TradingViewConfig viewConfig(SettingValues values, TradingLimits limits) {
        int retention = values.get(VIEW_ORDER_RETENTION);
        Integer maxOrders = values.get(VIEW_MAX_ORDERS);
        Integer maxAccounts = values.get(VIEW_MAX_ACCOUNTS);
        TradingViewConfig view = new TradingViewConfig(
            maxOrders != null ? maxOrders : (int) Math.min(Integer.MAX_VALUE, neededOrders(limits, retention)),
            maxAccounts != null ? maxAccounts : limits.maxAccounts(),
            values.get(BOOK_DEPTH), values.get(RECENT_TRADES), retention);
        requireOrdersViewRoom(limits, view);
        return view;
    }

    /**
     * The orders view holds every open order plus the retained terminal ones; sized below that, a busy but legal
     * day fills it and the orders projection stops. Refused at start rather than found out then.
     */
    private static void requireOrdersViewRoom(TradingLimits limits, TradingViewConfig view) {
        long needed = neededOrders(limits, view.orderRetention());
        if (view.maxOrders() < needed) {
            throw new SettingException(VIEW_MAX_ORDERS.flag() + " " + view.maxOrders() + " is too small: the orders view "
                + "must hold " + TradingSettings.MAX_OPEN_ORDERS.flag() + " (" + limits.maxOpenOrders() + ") + "
                + VIEW_ORDER_RETENTION.flag() + " (" + view.orderRetention() + ") + 1 = " + needed
                + " orders; raise it or lower the other two");
        }
    }

    private static long neededOrders(TradingLimits limits, int retention) {
        return (long) limits.maxOpenOrders() + retention + 1;
    }
}
