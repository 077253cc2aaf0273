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
    int orderType;
    boolean postOnly;
    /** The self-trade prevention mode in force (the account default already resolved). */
    int selfTradePrevention;
    /** A MARKET buy's budget as placed (such an order never outlives its command as an open order). */
    long budget;
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
    /** The account's open orders, oldest (lowest id) first: what MASS_CANCEL walks. */
    Order previousOfAccount;
    Order nextOfAccount;

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
        previousOfAccount = null;
        nextOfAccount = null;
    }
}
