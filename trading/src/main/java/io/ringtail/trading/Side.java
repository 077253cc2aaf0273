package io.ringtail.trading;

/** Order side codes on the wire and in events. Anything else is rejected as INVALID_SIDE. */
public final class Side {
    public static final int BUY = 1;
    public static final int SELL = 2;

    private Side() {
    }

    public static boolean isValid(int side) {
        return side == BUY || side == SELL;
    }

    public static int opposite(int side) {
        return side == BUY ? SELL : BUY;
    }

    public static String name(int side) {
        return side == BUY ? "BUY" : side == SELL ? "SELL" : "NONE";
    }
}
