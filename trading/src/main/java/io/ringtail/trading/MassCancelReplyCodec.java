package io.ringtail.trading;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * MASS_CANCEL's reply in the command's 64-byte reply buffer.
 *
 * <pre>
 *  0 cancelled  long   how many orders the command cancelled (0 when none were open)
 * </pre>
 */
public final class MassCancelReplyCodec {
    public static final int CANCELLED_OFFSET = 0;

    private MassCancelReplyCodec() {
    }

    public static void write(MutableDirectBuffer buffer, long cancelled) {
        buffer.putLong(CANCELLED_OFFSET, cancelled);
    }

    public static long cancelled(DirectBuffer buffer) {
        return buffer.getLong(CANCELLED_OFFSET);
    }
}
