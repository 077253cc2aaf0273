package io.ringtail.trading;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The clientOrderId field shared by the PLACE_ORDER command and the ORDER_ACCEPTED event: a length byte
 * followed by {@link #MAX_LENGTH} bytes, of which the first {@code length} are printable ASCII (space to
 * tilde) and the rest zero. A fixed field keeps both layouts fixed-length.
 */
public final class ClientOrderIds {
    public static final int MAX_LENGTH = 64;
    /** Length byte plus the padded bytes. */
    public static final int FIELD_LENGTH = 1 + MAX_LENGTH;

    private ClientOrderIds() {
    }

    /** Writes {@code clientOrderId} as is; validity is the domain's to judge, so tests can send bad ids. */
    public static void write(MutableDirectBuffer buffer, int offset, byte[] clientOrderId) {
        int length = Math.min(clientOrderId.length, MAX_LENGTH);
        buffer.putByte(offset, (byte) clientOrderId.length);
        buffer.setMemory(offset + 1, MAX_LENGTH, (byte) 0);
        buffer.putBytes(offset + 1, clientOrderId, 0, length);
    }

    public static int length(DirectBuffer buffer, int offset) {
        return buffer.getByte(offset) & 0xFF;
    }

    public static boolean isValid(DirectBuffer buffer, int offset) {
        int length = length(buffer, offset);
        if (length < 1 || length > MAX_LENGTH) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            byte b = buffer.getByte(offset + 1 + i);
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** A hash of the account and the id's bytes, the key of the de-duplication index (collisions are chained). */
    public static long hash(long accountId, DirectBuffer buffer, int offset) {
        long h = accountId * 0x9E3779B97F4A7C15L;
        int length = length(buffer, offset);
        for (int i = 0; i < length; i++) {
            h = (h ^ buffer.getByte(offset + 1 + i)) * 0x100000001B3L;
        }
        return h ^ (h >>> 29);
    }

    public static String toString(DirectBuffer buffer, int offset) {
        return buffer.getStringWithoutLengthAscii(offset + 1, length(buffer, offset));
    }
}
