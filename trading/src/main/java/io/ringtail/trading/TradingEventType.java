package io.ringtail.trading;

/**
 * Event type ids of the trading domain; every body layout is schema version {@link #SCHEMA_VERSION}. Version 2
 * (issue #22) lengthened ACCOUNT_OPENED, ORDER_ACCEPTED and ORDER_AMENDED; a journal of version 1 is refused
 * loudly by the applier and the views rather than misread.
 */
public final class TradingEventType {
    public static final int SCHEMA_VERSION = 2;

    public static final int ACCOUNT_OPENED = 1;
    public static final int CASH_DEPOSITED = 2;
    public static final int CASH_WITHDRAWN = 3;
    public static final int POSITION_DEPOSITED = 4;
    public static final int POSITION_WITHDRAWN = 5;
    public static final int ORDER_ACCEPTED = 6;
    public static final int TRADE = 7;
    public static final int ORDER_CANCELLED = 8;
    public static final int ORDER_AMENDED = 9;

    /** Why an order was cancelled, in ORDER_CANCELLED. */
    public static final int CANCELLED_BY_USER = 1;
    /** The unfilled rest of an order that never rests: IOC, or MARKET (IOC or FOK). */
    public static final int CANCELLED_IOC_REMAINDER = 2;
    /** Self-trade prevention cancelled this order: the incoming one's remainder, or a resting one. */
    public static final int CANCELLED_SELF_TRADE = 3;
    /** A MASS_CANCEL of its account. */
    public static final int CANCELLED_MASS = 4;

    private TradingEventType() {
    }

    public static String name(int type) {
        return switch (type) {
            case ACCOUNT_OPENED -> "ACCOUNT_OPENED";
            case CASH_DEPOSITED -> "CASH_DEPOSITED";
            case CASH_WITHDRAWN -> "CASH_WITHDRAWN";
            case POSITION_DEPOSITED -> "POSITION_DEPOSITED";
            case POSITION_WITHDRAWN -> "POSITION_WITHDRAWN";
            case ORDER_ACCEPTED -> "ORDER_ACCEPTED";
            case TRADE -> "TRADE";
            case ORDER_CANCELLED -> "ORDER_CANCELLED";
            case ORDER_AMENDED -> "ORDER_AMENDED";
            default -> "UNKNOWN_" + type;
        };
    }
}
