package io.ringtail.trading;

/**
 * Self-trade prevention modes, applied during matching when the incoming order meets a resting order of the
 * same account. The incoming order's mode decides (its own, or its account's default when it names none):
 * <ul>
 *   <li>ALLOW: the two trade (the behaviour before STP existed, and the account default unless set);</li>
 *   <li>CANCEL_NEWEST: matching stops there; the incoming order's remainder is cancelled (cause
 *       {@link TradingEventType#CANCELLED_SELF_TRADE}), even a GTC one; the resting order is untouched;</li>
 *   <li>CANCEL_OLDEST: the resting order is cancelled (same cause) and matching goes on;</li>
 *   <li>CANCEL_BOTH: the resting order is cancelled and so is the incoming order's remainder.</li>
 * </ul>
 * Trades made before the meeting stand. A re-priced amend matches with its order's mode, like a new order.
 */
public final class SelfTradePrevention {
    /** In PLACE_ORDER only: use the account's default. Never stored on an order or an account. */
    public static final int ACCOUNT_DEFAULT = 0;
    public static final int ALLOW = 1;
    public static final int CANCEL_NEWEST = 2;
    public static final int CANCEL_OLDEST = 3;
    public static final int CANCEL_BOTH = 4;

    private SelfTradePrevention() {
    }

    /** A mode an order or account can hold. */
    public static boolean isMode(int mode) {
        return mode >= ALLOW && mode <= CANCEL_BOTH;
    }

    static boolean cancelsResting(int mode) {
        return mode == CANCEL_OLDEST || mode == CANCEL_BOTH;
    }

    static boolean cancelsIncoming(int mode) {
        return mode == CANCEL_NEWEST || mode == CANCEL_BOTH;
    }

    public static String name(int mode) {
        return switch (mode) {
            case ACCOUNT_DEFAULT -> "ACCOUNT_DEFAULT";
            case ALLOW -> "ALLOW";
            case CANCEL_NEWEST -> "CANCEL_NEWEST";
            case CANCEL_OLDEST -> "CANCEL_OLDEST";
            case CANCEL_BOTH -> "CANCEL_BOTH";
            default -> "NONE";
        };
    }

    /** The code of a name, or -1. */
    public static int of(String name) {
        return switch (name) {
            case "ALLOW" -> ALLOW;
            case "CANCEL_NEWEST" -> CANCEL_NEWEST;
            case "CANCEL_OLDEST" -> CANCEL_OLDEST;
            case "CANCEL_BOTH" -> CANCEL_BOTH;
            default -> -1;
        };
    }
}
