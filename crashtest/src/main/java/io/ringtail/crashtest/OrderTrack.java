package io.ringtail.crashtest;

/**
 * What the acknowledgements say an order must look like: its price and total quantity after the last
 * acknowledged amend, and whether a cancel was acknowledged. An amend left unanswered makes the fields it
 * touched unknown (null) until an acknowledged amend sets them again: it may or may not have happened.
 */
final class OrderTrack {
    final long orderId;
    final long accountId;
    final String clientOrderId;
    Long price;
    Long quantity;
    boolean cancelAcknowledged;
    /**
     * A mass cancel of its symbol was acknowledged while the client believed it open: it must read back as
     * no longer open (CANCELLED, or FILLED if a trade had taken it first; the reply carries only a count).
     */
    boolean massCancelAcknowledged;

    OrderTrack(long orderId, long accountId, String clientOrderId, long price, long quantity) {
        this.orderId = orderId;
        this.accountId = accountId;
        this.clientOrderId = clientOrderId;
        this.price = price;
        this.quantity = quantity;
    }
}
