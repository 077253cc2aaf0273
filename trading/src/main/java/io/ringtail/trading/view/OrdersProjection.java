package io.ringtail.trading.view;

import static io.ringtail.trading.TradingEventType.*;

import io.ringtail.engine.projection.SnapshottableProjection;
import io.ringtail.journal.EventRecord;
import io.ringtail.trading.TradingEventDecoder;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Folds order events into the {@link OrdersView}: ORDER_ACCEPTED adds an order, TRADE fills both its
 * orders, ORDER_CANCELLED and ORDER_AMENDED change one. Other events leave orders alone.
 *
 * <p>A rebuild swaps in a fresh view rather than clearing the old one in place: a reader that loaded the
 * old view finishes on it undisturbed, and {@link #view()} hands later readers the new one.
 */
public final class OrdersProjection implements SnapshottableProjection {
    public static final String NAME = "orders";

    private final TradingViewConfig config;
    private final TradingEventDecoder event = new TradingEventDecoder();
    private volatile OrdersView view;

    public OrdersProjection(TradingViewConfig config) {
        this.config = config;
        this.view = new OrdersView(config);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Any thread: the current view; load it once per query so one answer comes from one view. */
    public OrdersView view() {
        return view;
    }

    public long directMemoryBytes() {
        return view.directMemoryBytes();
    }

    @Override
    public void apply(EventRecord record) {
        int type = record.typeId();
        if (type < ORDER_ACCEPTED) {
            return;
        }
        SchemaCheck.checkSchema(record);
        event.wrap(record);
        OrdersView orders = view;
        long timestamp = record.timestamp();
        long sequence = record.sequence();
        switch (type) {
            case ORDER_ACCEPTED -> orders.add(event.orderId(), event.orderAccountId(), event.acceptedSymbol(),
                event.acceptedSide(), event.acceptedTimeInForce(), event.acceptedPrice(), event.acceptedQuantity(),
                event.buffer(), event.acceptedClientOrderIdOffset(), timestamp, sequence);
            case TRADE -> {
                orders.fill(event.tradeBuyOrderId(), event.tradeQuantity(), timestamp, sequence);
                orders.fill(event.tradeSellOrderId(), event.tradeQuantity(), timestamp, sequence);
            }
            case ORDER_CANCELLED -> orders.cancel(event.orderId(), timestamp, sequence);
            case ORDER_AMENDED -> orders.amend(event.orderId(), event.amendedNewPrice(), event.amendedNewQuantity(),
                timestamp, sequence);
            default -> throw new IllegalStateException("unknown trading event type " + type);
        }
    }

    @Override
    public void reset() {
        view = new OrdersView(config);
    }

    @Override
    public int snapshotFormatVersion() {
        return ViewSnapshotFormat.VERSION;
    }

    @Override
    public int snapshotLength() {
        return ViewSnapshotFormat.length(view);
    }

    @Override
    public int captureSnapshot(MutableDirectBuffer into) {
        return ViewSnapshotFormat.capture(into, ViewSnapshotFormat.ORDERS, view);
    }

    @Override
    public void restoreSnapshot(DirectBuffer payload, int formatVersion) {
        view = ViewSnapshotFormat.restore(payload, formatVersion, ViewSnapshotFormat.ORDERS, NAME, new OrdersView(config));
    }
}
