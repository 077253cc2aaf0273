package io.ringtail.trading;

/**
 * Time-in-force codes: GTC rests until filled or cancelled, IOC cancels whatever it could not fill at once,
 * FOK fills its whole quantity at once or is rejected ({@link TradingReasons#FOK_NOT_FILLABLE}, no events:
 * a rejection rather than a cancelled order, so a FOK that cannot fill leaves nothing behind, not even its
 * clientOrderId, and a retry is evaluated afresh).
 */
public final class TimeInForce {
    public static final int GTC = 1;
    public static final int IOC = 2;
    public static final int FOK = 3;

    private TimeInForce() {
    }

    public static boolean isValid(int timeInForce) {
        return timeInForce == GTC || timeInForce == IOC || timeInForce == FOK;
    }

    public static String name(int timeInForce) {
        return switch (timeInForce) {
            case GTC -> "GTC";
            case IOC -> "IOC";
            case FOK -> "FOK";
            default -> "NONE";
        };
    }
}
