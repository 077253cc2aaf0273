package io.ringtail.trading;

import org.agrona.DirectBuffer;

/**
 * A pooled order. Linked into its price level while open, and into the clientOrderId index while it is
 * held at all (open or retained terminal). Also keeps the reply its PLACE_ORDER got, so a retry with the
 * same clientOrderId can be answered with it.
 */
final class Order {
    long orderId;
    long accountId;
    int symbol;
    int side;
    int timeInForce;
    long price;
    long quantity;
    long filled;
    int status;
    final byte[] clientOrderId = new byte[ClientOrderIds.MAX_LENGTH];
    int clientOrderIdLength;
    long clientOrderIdHash;

    int replyStatus;
    long replyFilled;
    long replyVersion;

    PriceLevel level;
    Order previous;
    Order next;
    /** Next order whose clientOrderId hash is the same: the index chains collisions. */
    Order nextSameHash;

    long open() {
        return quantity - filled;
    }

    /** The cash (buy) or position (sell) this order holds reserved while open. */
    long reservation() {
        return side == Side.BUY ? price * open() : open();
    }

    boolean hasClientOrderId(long accountId, DirectBuffer buffer, int fieldOffset) {
        if (this.accountId != accountId || clientOrderIdLength != ClientOrderIds.length(buffer, fieldOffset)) {
            return false;
        }
        for (int i = 0; i < clientOrderIdLength; i++) {
            if (clientOrderId[i] != buffer.getByte(fieldOffset + 1 + i)) {
                return false;
            }
        }
        return true;
    }

    String clientOrderIdString() {
        return new String(clientOrderId, 0, clientOrderIdLength, java.nio.charset.StandardCharsets.US_ASCII);
    }

    void clear() {
        level = null;
        previous = null;
        next = null;
        nextSameHash = null;
    }
}
