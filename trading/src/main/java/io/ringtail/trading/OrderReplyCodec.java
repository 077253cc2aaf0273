package io.ringtail.trading;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The trading reply in the command's 64-byte reply buffer. Order commands fill it; account commands leave
 * it zeroed (their reply is just the reason and version).
 *
 * <pre>
 *  0 orderId         long
 *  8 filledQuantity  long
 * 16 status          byte   {@link OrderStatus}; 0 for account commands
 * 17 duplicate       byte   1 when this is the stored reply of an earlier PLACE_ORDER with the same clientOrderId
 * </pre>
 */
public final class OrderReplyCodec {
    public static final int ORDER_ID_OFFSET = 0;
    public static final int FILLED_OFFSET = 8;
    public static final int STATUS_OFFSET = 16;
    public static final int DUPLICATE_OFFSET = 17;

    private OrderReplyCodec() {
    }

    public static void write(MutableDirectBuffer buffer, long orderId, int status, long filledQuantity,
                             boolean duplicate) {
        buffer.putLong(ORDER_ID_OFFSET, orderId);
        buffer.putLong(FILLED_OFFSET, filledQuantity);
        buffer.putByte(STATUS_OFFSET, (byte) status);
        buffer.putByte(DUPLICATE_OFFSET, (byte) (duplicate ? 1 : 0));
    }

    public static long orderId(DirectBuffer buffer) {
        return buffer.getLong(ORDER_ID_OFFSET);
    }

    public static long filledQuantity(DirectBuffer buffer) {
        return buffer.getLong(FILLED_OFFSET);
    }

    public static int status(DirectBuffer buffer) {
        return buffer.getByte(STATUS_OFFSET);
    }

    public static boolean duplicate(DirectBuffer buffer) {
        return buffer.getByte(DUPLICATE_OFFSET) == 1;
    }
}
