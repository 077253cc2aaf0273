package io.ringtail.trading;

/** Order lifecycle states as stored in events, replies and views (a byte each; 0 = none). */
public final class OrderStatus {
    public static final int NEW = 1;
    public static final int PARTIALLY_FILLED = 2;
    public static final int FILLED = 3;
    public static final int CANCELLED = 4;

    private OrderStatus() {
    }

    public static boolean isOpen(int status) {
        return status == NEW || status == PARTIALLY_FILLED;
    }

    /** The status an open order has after {@code filled} of its quantity traded. */
    public static int ofFill(long filled, long quantity) {
        if (filled == 0) {
            return NEW;
        }
        return filled < quantity ? PARTIALLY_FILLED : FILLED;
    }

    public static String name(int status) {
        return switch (status) {
            case NEW -> "NEW";
            case PARTIALLY_FILLED -> "PARTIALLY_FILLED";
            case FILLED -> "FILLED";
            case CANCELLED -> "CANCELLED";
            default -> "NONE";
        };
    }
}
