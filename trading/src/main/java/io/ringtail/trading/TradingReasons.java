package io.ringtail.trading;

import io.ringtail.engine.domain.Reasons;

/** Rejection codes of the trading domain. The numbers are stable: they are counted and sent to clients. */
public final class TradingReasons {
    public static final int UNKNOWN_ACCOUNT = Reasons.FIRST_DOMAIN_REASON;
    public static final int DUPLICATE_ACCOUNT = UNKNOWN_ACCOUNT + 1;
    public static final int UNKNOWN_SYMBOL = UNKNOWN_ACCOUNT + 2;
    public static final int INVALID_PRICE = UNKNOWN_ACCOUNT + 3;
    public static final int INVALID_QUANTITY = UNKNOWN_ACCOUNT + 4;
    public static final int INVALID_AMOUNT = UNKNOWN_ACCOUNT + 5;
    public static final int INVALID_SIDE = UNKNOWN_ACCOUNT + 6;
    public static final int INVALID_TIME_IN_FORCE = UNKNOWN_ACCOUNT + 7;
    public static final int INVALID_CLIENT_ORDER_ID = UNKNOWN_ACCOUNT + 8;
    public static final int INSUFFICIENT_BUYING_POWER = UNKNOWN_ACCOUNT + 9;
    public static final int INSUFFICIENT_POSITION = UNKNOWN_ACCOUNT + 10;
    public static final int UNKNOWN_ORDER = UNKNOWN_ACCOUNT + 11;
    /**
     * No longer sent: another account's order is {@link #UNKNOWN_ORDER}, like a missing one. The number and
     * name stay reserved so that no other reason ever takes them.
     */
    public static final int ORDER_OF_OTHER_ACCOUNT = UNKNOWN_ACCOUNT + 12;
    public static final int ORDER_NOT_OPEN = UNKNOWN_ACCOUNT + 13;
    public static final int INVALID_AMEND = UNKNOWN_ACCOUNT + 14;
    public static final int CAPACITY_EXCEEDED = UNKNOWN_ACCOUNT + 15;
    public static final int MALFORMED_COMMAND = UNKNOWN_ACCOUNT + 16;
    public static final int INVALID_ACCOUNT_ID = UNKNOWN_ACCOUNT + 17;
    public static final int LAST = INVALID_ACCOUNT_ID;

    private static final String[] NAMES = {
        "UNKNOWN_ACCOUNT", "DUPLICATE_ACCOUNT", "UNKNOWN_SYMBOL", "INVALID_PRICE", "INVALID_QUANTITY",
        "INVALID_AMOUNT", "INVALID_SIDE", "INVALID_TIME_IN_FORCE", "INVALID_CLIENT_ORDER_ID",
        "INSUFFICIENT_BUYING_POWER", "INSUFFICIENT_POSITION", "UNKNOWN_ORDER", "ORDER_OF_OTHER_ACCOUNT",
        "ORDER_NOT_OPEN", "INVALID_AMEND", "CAPACITY_EXCEEDED", "MALFORMED_COMMAND", "INVALID_ACCOUNT_ID",
    };

    private TradingReasons() {
    }

    /** Stable name of any reason code, shared or trading; {@code REASON_<n>} for a code nobody defined. */
    public static String name(int reason) {
        String shared = Reasons.sharedName(reason);
        if (shared != null) {
            return shared;
        }
        int index = reason - Reasons.FIRST_DOMAIN_REASON;
        return index >= 0 && index < NAMES.length ? NAMES[index] : "REASON_" + reason;
    }
}
