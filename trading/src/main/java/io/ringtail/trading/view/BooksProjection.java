package io.ringtail.trading.view;

import static io.ringtail.trading.TradingEventType.*;

import io.ringtail.engine.projection.SnapshottableProjection;
import io.ringtail.journal.EventRecord;
import io.ringtail.trading.Side;
import io.ringtail.trading.TradingEventDecoder;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Keeps every symbol's full book privately ({@link PriceLevels} per side, the open orders in
 * {@link BookOrders}) and publishes the top levels of each symbol an event changed into the
 * {@link BooksView}.
 *
 * <p>The domain books a taker as soon as it is accepted and then trades it against the makers it crosses,
 * all within its command. Published naively, the book would show the taker crossed with those makers
 * between the two events. Instead, when an order is accepted (or re-priced by an amend) this projection
 * computes from its own full book how much of it will trade at once (matching fills exactly what the
 * crossing levels hold), keeps that part pending, and joins the order to its level only once the trades
 * have consumed it; an IOC order never joins. A trade the projection did not foresee stops it loudly.
 */
public final class BooksProjection implements SnapshottableProjection {
    public static final String NAME = "books";

    private final int symbols;
    private final int depth;
    private final TradingEventDecoder event = new TradingEventDecoder();
    private PriceLevels[] bids;
    private PriceLevels[] asks;
    private BookOrders orders;
    private volatile BooksView view;

    public BooksProjection(TradingViewConfig config, int symbols) {
        this.symbols = symbols;
        this.depth = config.bookDepth();
        reset();
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Any thread: the current view (a rebuild swaps in a fresh one). */
    public BooksView view() {
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
        int symbol = switch (type) {
            case ORDER_ACCEPTED -> accepted();
            case TRADE -> traded();
            case ORDER_CANCELLED -> cancelled();
            case ORDER_AMENDED -> amended();
            default -> throw new IllegalStateException("unknown trading event type " + type);
        };
        view.publish(symbol, bids[symbol], asks[symbol], record.sequence());
    }

    private int accepted() {
        int symbol = event.acceptedSymbol();
        checkSymbol(symbol);
        int slot = orders.add(event.orderId(), symbol, event.acceptedSide(), event.acceptedPrice(),
            event.acceptedQuantity(), event.acceptedRests());
        enter(slot, event.acceptedPlannedFill());
        return symbol;
    }

    private int traded() {
        int symbol = event.tradeSymbol();
        // Every trade is between a resting maker and the taker that arrived: a trade of two booked
        // orders, or of two arriving ones, means this book and the matching engine disagree.
        if (orders.inBook(orders.slotOf(event.tradeBuyOrderId())) == orders.inBook(orders.slotOf(event.tradeSellOrderId()))) {
            throw new IllegalStateException("trade " + event.tradeId() + " between orders " + event.tradeBuyOrderId()
                + " and " + event.tradeSellOrderId() + " that the books view did not foresee");
        }
        fill(event.tradeBuyOrderId(), event.tradeQuantity());
        fill(event.tradeSellOrderId(), event.tradeQuantity());
        return symbol;
    }

    private void fill(long orderId, long quantity) {
        int slot = orders.slotOf(orderId);
        long open = orders.open(slot) - quantity;
        orders.open(slot, open);
        if (orders.inBook(slot)) {
            side(slot).change(orders.price(slot), -quantity, open == 0 ? -1 : 0);
        } else {
            long pending = orders.pending(slot) - quantity;
            if (pending < 0 || open < 0) {
                throw new IllegalStateException("the books view did not foresee order " + orderId + " trading " + quantity);
            }
            orders.pending(slot, pending);
            joinWhenSettled(slot);
        }
        if (open == 0) {
            orders.remove(orderId, slot);
        }
    }

    private int cancelled() {
        int slot = orders.slotOf(event.orderId());
        int symbol = orders.symbol(slot);
        if (orders.inBook(slot)) {
            side(slot).change(orders.price(slot), -orders.open(slot), -1);
        }
        orders.remove(event.orderId(), slot);
        return symbol;
    }

    private int amended() {
        int slot = orders.slotOf(event.orderId());
        long change = event.amendedNewQuantity() - event.amendedOldQuantity();
        long open = orders.open(slot) + change;
        if (event.amendedKeepsPriority()) {
            side(slot).change(orders.price(slot), change, 0);
            orders.open(slot, open);
        } else {
            if (orders.inBook(slot)) {
                side(slot).change(orders.price(slot), -orders.open(slot), -1);
                orders.inBook(slot, false);
            }
            orders.price(slot, event.amendedNewPrice());
            orders.open(slot, open);
            orders.rests(slot, event.amendedRests());
            enter(slot, event.amendedPlannedFill());
        }
        return orders.symbol(slot);
    }

    /**
     * An order arrives at its (new) price: the fill its event announced trades next, the rest joins its level
     * after that if the event says it rests. The announced fill, not this view's own walk of its book, because
     * self-trade prevention and budgets decide what trades and this view does not repeat those rules.
     */
    private void enter(int slot, long plannedFill) {
        orders.pending(slot, plannedFill);
        joinWhenSettled(slot);
    }

    private void joinWhenSettled(int slot) {
        if (orders.pending(slot) == 0 && orders.open(slot) > 0 && orders.rests(slot) && !orders.inBook(slot)) {
            side(slot).change(orders.price(slot), orders.open(slot), 1);
            orders.inBook(slot, true);
        }
    }

    private PriceLevels side(int slot) {
        int symbol = orders.symbol(slot);
        return orders.side(slot) == Side.BUY ? bids[symbol] : asks[symbol];
    }

    private void checkSymbol(int symbol) {
        if (symbol < 0 || symbol >= symbols) {
            throw new IllegalStateException("symbol index " + symbol + " outside the " + symbols + " configured");
        }
    }

    /** Writer only: open orders the private book holds (for tests and diagnostics). */
    int openOrders() {
        return orders.size();
    }

    @Override
    public void reset() {
        bids = new PriceLevels[symbols];
        asks = new PriceLevels[symbols];
        for (int s = 0; s < symbols; s++) {
            bids[s] = new PriceLevels(Side.BUY);
            asks[s] = new PriceLevels(Side.SELL);
        }
        orders = new BookOrders();
        view = new BooksView(symbols, depth);
    }

    @Override
    public int snapshotFormatVersion() {
        return ViewSnapshotFormat.VERSION;
    }

    @Override
    public int snapshotLength() {
        int length = ViewSnapshotFormat.HEADER_LENGTH + view.snapshotLength() + orders.snapshotLength();
        for (int s = 0; s < symbols; s++) {
            length += bids[s].snapshotLength() + asks[s].snapshotLength();
        }
        return length;
    }

    /** The published records, and the private full book they are published from. */
    @Override
    public int captureSnapshot(MutableDirectBuffer into) {
        into.putInt(0, ViewSnapshotFormat.BOOKS);
        int at = view.snapshotTo(into, ViewSnapshotFormat.HEADER_LENGTH);
        for (int s = 0; s < symbols; s++) {
            at = bids[s].snapshotTo(into, at);
            at = asks[s].snapshotTo(into, at);
        }
        at = orders.snapshotTo(into, at);
        into.putInt(4, at);
        return at;
    }

    @Override
    public void restoreSnapshot(DirectBuffer payload, int formatVersion) {
        ViewSnapshotFormat.checkHeader(payload, formatVersion, ViewSnapshotFormat.BOOKS, NAME);
        BooksView restoredView = new BooksView(symbols, depth);
        int at = restoredView.restoreFrom(payload, ViewSnapshotFormat.HEADER_LENGTH);
        PriceLevels[] restoredBids = new PriceLevels[symbols];
        PriceLevels[] restoredAsks = new PriceLevels[symbols];
        for (int s = 0; s < symbols; s++) {
            restoredBids[s] = new PriceLevels(Side.BUY);
            at = restoredBids[s].restoreFrom(payload, at);
            restoredAsks[s] = new PriceLevels(Side.SELL);
            at = restoredAsks[s].restoreFrom(payload, at);
        }
        BookOrders restoredOrders = new BookOrders();
        ViewSnapshotFormat.checkLength(restoredOrders.restoreFrom(payload, at), payload, NAME);
        bids = restoredBids;
        asks = restoredAsks;
        orders = restoredOrders;
        view = restoredView;
    }
}
