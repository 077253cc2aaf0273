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
    // Order types and controls (issue #22).
    /** A FOK order that cannot fill its whole quantity at once: rejected, nothing emitted. */
    public static final int FOK_NOT_FILLABLE = UNKNOWN_ACCOUNT + 18;
    /** A post-only order (or a post-only order's re-pricing amend) that would trade on arrival. */
    public static final int WOULD_CROSS = UNKNOWN_ACCOUNT + 19;
    /** Unknown order type or post-only flag, or a combination that cannot be (post-only MARKET, post-only IOC/FOK). */
    public static final int INVALID_ORDER_TYPE = UNKNOWN_ACCOUNT + 20;
    /** A budget that is negative, or on anything but a MARKET buy without protection price. */
    public static final int INVALID_BUDGET = UNKNOWN_ACCOUNT + 21;
    public static final int INVALID_SELF_TRADE_PREVENTION = UNKNOWN_ACCOUNT + 22;
    public static final int LAST = INVALID_SELF_TRADE_PREVENTION;

    private static final String[] NAMES = {
        "UNKNOWN_ACCOUNT", "DUPLICATE_ACCOUNT", "UNKNOWN_SYMBOL", "INVALID_PRICE", "INVALID_QUANTITY",
        "INVALID_AMOUNT", "INVALID_SIDE", "INVALID_TIME_IN_FORCE", "INVALID_CLIENT_ORDER_ID",
        "INSUFFICIENT_BUYING_POWER", "INSUFFICIENT_POSITION", "UNKNOWN_ORDER", "ORDER_OF_OTHER_ACCOUNT",
        "ORDER_NOT_OPEN", "INVALID_AMEND", "CAPACITY_EXCEEDED", "MALFORMED_COMMAND", "INVALID_ACCOUNT_ID",
        "FOK_NOT_FILLABLE", "WOULD_CROSS", "INVALID_ORDER_TYPE", "INVALID_BUDGET", "INVALID_SELF_TRADE_PREVENTION",
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
