package io.ringtail.trading.view;

import static io.ringtail.trading.TradingEventType.TRADE;

import io.ringtail.engine.projection.SnapshottableProjection;
import io.ringtail.journal.EventRecord;
import io.ringtail.trading.TradingEventDecoder;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/** Folds TRADE events into the {@link TradesView}; every other event is ignored. */
public final class TradesProjection implements SnapshottableProjection {
    public static final String NAME = "trades";

    private final int symbols;
    private final int recentTrades;
    private final TradingEventDecoder event = new TradingEventDecoder();
    private volatile TradesView view;

    public TradesProjection(TradingViewConfig config, int symbols) {
        this.symbols = symbols;
        this.recentTrades = config.recentTrades();
        this.view = new TradesView(symbols, recentTrades);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Any thread: the current view (a rebuild swaps in a fresh one). */
    public TradesView view() {
        return view;
    }

    public long directMemoryBytes() {
        return view.directMemoryBytes();
    }

    @Override
    public void apply(EventRecord record) {
        if (record.typeId() != TRADE) {
            return;
        }
        SchemaCheck.checkSchema(record);
        event.wrap(record);
        view.add(event.tradeSymbol(), event.tradeId(), event.tradePrice(), event.tradeQuantity(),
            event.tradeBuyOrderId(), event.tradeSellOrderId(), record.timestamp(), record.sequence());
    }

    @Override
    public void reset() {
        view = new TradesView(symbols, recentTrades);
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
        return ViewSnapshotFormat.capture(into, ViewSnapshotFormat.TRADES, view);
    }

    @Override
    public void restoreSnapshot(DirectBuffer payload, int formatVersion) {
        view = ViewSnapshotFormat.restore(payload, formatVersion, ViewSnapshotFormat.TRADES, NAME,
            new TradesView(symbols, recentTrades));
    }
}
