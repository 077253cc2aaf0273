package io.ringtail.trading.view;

import io.ringtail.engine.projection.Projection;
import io.ringtail.trading.Instrument;

import java.util.List;

/**
 * The trading read side: builds the four projections from the instrument list and the view capacities,
 * and hands them out by role or by name. The host (gateway main, tests) wraps each in a
 * {@code ProjectionAgent} on a {@code ProjectionHost}; query handlers read the views.
 *
 * <pre>
 *  journal ──▶ ProjectionAgent "orders"   ──▶ OrdersProjection   ──▶ OrdersView   ◀── GET /orders/{id}, /accounts/{id}/orders
 *          ──▶ ProjectionAgent "accounts" ──▶ AccountsProjection ──▶ AccountsView ◀── GET /accounts/{id}
 *          ──▶ ProjectionAgent "books"    ──▶ BooksProjection    ──▶ BooksView    ◀── GET /books/{symbol}
 *          ──▶ ProjectionAgent "trades"   ──▶ TradesProjection   ──▶ TradesView   ◀── GET /trades/{symbol}
 * </pre>
 */
public final class TradingReadSide {
    private final List<Instrument> instruments;
    private final TradingViewConfig config;
    private final OrdersProjection orders;
    private final AccountsProjection accounts;
    private final BooksProjection books;
    private final TradesProjection trades;

    public TradingReadSide(List<Instrument> instruments, TradingViewConfig config) {
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("at least one instrument");
        }
        this.instruments = List.copyOf(instruments);
        this.config = config;
        int symbols = instruments.size();
        this.orders = new OrdersProjection(config);
        this.accounts = new AccountsProjection(config, symbols);
        this.books = new BooksProjection(config, symbols);
        this.trades = new TradesProjection(config, symbols);
    }

    public List<Instrument> instruments() {
        return instruments;
    }

    public TradingViewConfig config() {
        return config;
    }

    /** The index views use for {@code symbol}, or -1 if it is not configured. */
    public int symbolIndex(String symbol) {
        for (int i = 0; i < instruments.size(); i++) {
            if (instruments.get(i).symbol().equals(symbol)) {
                return i;
            }
        }
        return -1;
    }

    public OrdersProjection orders() {
        return orders;
    }

    public AccountsProjection accounts() {
        return accounts;
    }

    public BooksProjection books() {
        return books;
    }

    public TradesProjection trades() {
        return trades;
    }

    /** All four, in a fixed order: orders, accounts, books, trades. */
    public List<Projection> projections() {
        return List.of(orders, accounts, books, trades);
    }

    /** The projection named "orders", "accounts", "books" or "trades". */
    public Projection projection(String name) {
        return switch (name) {
            case OrdersProjection.NAME -> orders;
            case AccountsProjection.NAME -> accounts;
            case BooksProjection.NAME -> books;
            case TradesProjection.NAME -> trades;
            default -> throw new IllegalArgumentException("no trading projection named '" + name + "'");
        };
    }

    /** Direct memory held by the named projection's current view. */
    public long directMemoryBytes(String name) {
        return switch (name) {
            case OrdersProjection.NAME -> orders.directMemoryBytes();
            case AccountsProjection.NAME -> accounts.directMemoryBytes();
            case BooksProjection.NAME -> books.directMemoryBytes();
            case TradesProjection.NAME -> trades.directMemoryBytes();
            default -> throw new IllegalArgumentException("no trading projection named '" + name + "'");
        };
    }
}
