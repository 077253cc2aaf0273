package io.ringtail.peer;

import exchange.core2.core.ExchangeApi;
import exchange.core2.core.common.OrderAction;
import exchange.core2.core.common.OrderType;
import io.ringtail.workload.StepSink;

/**
 * Sends a stream's steps through exchange-core's public API, the argument-taking calls that publish straight
 * into its ring: a place as a GTC limit order with the stream's order id (exchange-core takes ids from the
 * client) and its price as the bid reservation, a cancel with the order's symbol. The client order id has no
 * counterpart in exchange-core and is dropped.
 */
final class ExchangeCoreSink implements StepSink {
    private final ExchangeApi api;
    private long timestamp;

    ExchangeCoreSink(ExchangeApi api) {
        this.api = api;
    }

    /** The timestamp the next steps carry: the planned send time in the latency probe, else 0. */
    void timestamp(long timestamp) {
        this.timestamp = timestamp;
    }

    @Override
    public void place(long accountId, long orderId, byte[] clientOrderId, int symbol, boolean buy, long price, long quantity) {
        api.placeNewOrder(0, 0, timestamp, orderId, 0, price, price, quantity, buy ? OrderAction.BID : OrderAction.ASK,
            OrderType.GTC, ExchangeCorePeer.symbolId(symbol), accountId);
    }

    @Override
    public void cancel(long accountId, long orderId, int symbol) {
        api.cancelOrder(0, 0, timestamp, orderId, ExchangeCorePeer.symbolId(symbol), accountId);
    }
}
