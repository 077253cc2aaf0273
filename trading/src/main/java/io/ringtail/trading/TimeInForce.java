package io.ringtail.trading;

/** Time-in-force codes: GTC rests until filled or cancelled, IOC cancels whatever it could not fill at once. */
public final class TimeInForce {
    public static final int GTC = 1;
    public static final int IOC = 2;

    private TimeInForce() {
    }

    public static boolean isValid(int timeInForce) {
        return timeInForce == GTC || timeInForce == IOC;
    }

    public static String name(int timeInForce) {
        return timeInForce == GTC ? "GTC" : timeInForce == IOC ? "IOC" : "NONE";
    }
}
