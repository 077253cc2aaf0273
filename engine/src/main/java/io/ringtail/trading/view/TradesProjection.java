package io.ringtail.trading.view;

import static io.ringtail.trading.TradingEventType.TRADE;

import io.ringtail.engine.projection.Projection;
import io.ringtail.journal.EventRecord;
import io.ringtail.trading.TradingEventDecoder;

/** Folds TRADE events into the {@link TradesView}; every other event is ignored. */
public final class TradesProjection implements Projection {
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
}
