package io.ringtail.workload;

/**
 * Receives a stream's steps as plain fields; each engine's adapter encodes them its own way (Ringtail into a
 * ring slot, exchange-core through its API). Called once per step, with no allocation on either side.
 */
public interface StepSink {
    /**
     * A GTC limit order.
     *
     * @param orderId       the id the order gets: Ringtail assigns ids 1, 2, 3… itself (the stream predicts them),
     *                      exchange-core takes the id from the client
     * @param clientOrderId ASCII, reused by the stream for the next step: copy it, do not keep it
     * @param symbol        index into {@link FundedAccounts#SYMBOLS}
     */
    void place(long accountId, long orderId, byte[] clientOrderId, int symbol, boolean buy, long price, long quantity);

    /** Cancels a resting order of the account; {@code symbol} is the order's (exchange-core needs it). */
    void cancel(long accountId, long orderId, int symbol);
}
