package io.ringtail.trading.view;

import static io.ringtail.trading.TradingEventType.*;

import io.ringtail.engine.projection.SnapshottableProjection;
import io.ringtail.journal.EventRecord;
import io.ringtail.trading.Side;
import io.ringtail.trading.TradingEventDecoder;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * Folds every balance change into the {@link AccountsView}, with the reservation rules the domain applies:
 * an accepted buy reserves price x quantity of cash, a sell its quantity of position; a trade releases the
 * buyer's {@code buyerReservationReleased} (its limit price x quantity, more than it pays when it fills
 * below its limit) and the seller's quantity; a cancel releases what the event says; an amend moves the
 * reservation by its signed delta. Events carry all of it, so no order state is needed here.
 */
public final class AccountsProjection implements SnapshottableProjection {
    public static final String NAME = "accounts";

    private final TradingViewConfig config;
    private final int symbols;
    private final TradingEventDecoder event = new TradingEventDecoder();
    private volatile AccountsView view;

    public AccountsProjection(TradingViewConfig config, int symbols) {
        this.config = config;
        this.symbols = symbols;
        this.view = new AccountsView(config, symbols);
    }

    @Override
    public String name() {
        return NAME;
    }

    /** Any thread: the current view (a rebuild swaps in a fresh one). */
    public AccountsView view() {
        return view;
    }

    public long directMemoryBytes() {
        return view.directMemoryBytes();
    }

    @Override
    public void apply(EventRecord record) {
        SchemaCheck.checkSchema(record);
        event.wrap(record);
        AccountsView accounts = view;
        long sequence = record.sequence();
        switch (record.typeId()) {
            case ACCOUNT_OPENED -> accounts.open(event.accountId(), event.amount(), sequence);
            case CASH_DEPOSITED -> accounts.changeCash(event.accountId(), event.amount(), 0, sequence);
            case CASH_WITHDRAWN -> accounts.changeCash(event.accountId(), -event.amount(), 0, sequence);
            case POSITION_DEPOSITED -> accounts.changePosition(event.accountId(), event.positionSymbol(),
                event.positionQuantity(), 0, sequence);
            case POSITION_WITHDRAWN -> accounts.changePosition(event.accountId(), event.positionSymbol(),
                -event.positionQuantity(), 0, sequence);
            case ORDER_ACCEPTED -> reserve(accounts, event.orderAccountId(), event.acceptedSide(), event.acceptedSymbol(),
                event.acceptedReservation(), sequence);
            case TRADE -> accounts.trade(event.tradeBuyAccountId(), event.tradeSellAccountId(), event.tradeSymbol(),
                event.tradePrice() * event.tradeQuantity(), event.tradeQuantity(), event.tradeBuyerReservationReleased(),
                sequence);
            case ORDER_CANCELLED -> reserve(accounts, event.orderAccountId(), event.cancelledSide(), event.cancelledSymbol(),
                -event.cancelledReleasedReservation(), sequence);
            case ORDER_AMENDED -> reserve(accounts, event.orderAccountId(), event.amendedSide(), event.amendedSymbol(),
                event.amendedReservationDelta(), sequence);
            default -> throw new IllegalStateException("unknown trading event type " + record.typeId());
        }
    }

    private static void reserve(AccountsView accounts, long accountId, int side, int symbol, long amount, long sequence) {
        if (side == Side.BUY) {
            accounts.changeCash(accountId, 0, amount, sequence);
        } else {
            accounts.changePosition(accountId, symbol, 0, amount, sequence);
        }
    }

    @Override
    public void reset() {
        view = new AccountsView(config, symbols);
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
        return ViewSnapshotFormat.capture(into, ViewSnapshotFormat.ACCOUNTS, view);
    }

    @Override
    public void restoreSnapshot(DirectBuffer payload, int formatVersion) {
        view = ViewSnapshotFormat.restore(payload, formatVersion, ViewSnapshotFormat.ACCOUNTS, NAME,
            new AccountsView(config, symbols));
    }
}
