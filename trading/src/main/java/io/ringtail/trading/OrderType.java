package io.ringtail.trading;

/**
 * Order type codes. A LIMIT order trades at its price or better. A MARKET order never rests (its time in
 * force must be IOC or FOK) and is bounded either by a protection price (carried in the price field, the
 * worst price it may trade at) or, for a buy, by a cash budget (price 0): it reserves exactly what it may
 * spend (budget, or protection price x quantity) and releases the rest when its command ends.
 */
public final class OrderType {
    public static final int LIMIT = 1;
    public static final int MARKET = 2;

    private OrderType() {
    }

    public static boolean isValid(int type) {
        return type == LIMIT || type == MARKET;
    }

    public static String name(int type) {
        return switch (type) {
            case LIMIT -> "LIMIT";
            case MARKET -> "MARKET";
            default -> "NONE";
        };
    }
}
