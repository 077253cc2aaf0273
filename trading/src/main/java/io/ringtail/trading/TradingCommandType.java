package io.ringtail.trading;

/** Command type ids of the trading domain (small, so engine counters can index by them). */
public final class TradingCommandType {
    public static final int OPEN_ACCOUNT = 1;
    public static final int DEPOSIT_CASH = 2;
    public static final int WITHDRAW_CASH = 3;
    public static final int DEPOSIT_POSITION = 4;
    public static final int WITHDRAW_POSITION = 5;
    public static final int PLACE_ORDER = 6;
    public static final int CANCEL_ORDER = 7;
    public static final int AMEND_ORDER = 8;
    /** Cancels every open order of an account, optionally of one symbol and/or side (issue #22). */
    public static final int MASS_CANCEL = 9;

    private TradingCommandType() {
    }

    public static String name(int type) {
        return switch (type) {
            case OPEN_ACCOUNT -> "OPEN_ACCOUNT";
            case DEPOSIT_CASH -> "DEPOSIT_CASH";
            case WITHDRAW_CASH -> "WITHDRAW_CASH";
            case DEPOSIT_POSITION -> "DEPOSIT_POSITION";
            case WITHDRAW_POSITION -> "WITHDRAW_POSITION";
            case PLACE_ORDER -> "PLACE_ORDER";
            case CANCEL_ORDER -> "CANCEL_ORDER";
            case AMEND_ORDER -> "AMEND_ORDER";
            case MASS_CANCEL -> "MASS_CANCEL";
            default -> "UNKNOWN_" + type;
        };
    }
}
