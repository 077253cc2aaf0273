package io.ringtail.trading.view;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads whole views into plain values that compare with equals and print readably, for tests. */
final class ViewContents {
    record OrderRow(long orderId, long accountId, String clientOrderId, int symbol, int side, int timeInForce,
                    long price, long quantity, long filled, int status, long version) {
        static OrderRow of(OrderSnapshot o) {
            return new OrderRow(o.orderId(), o.accountId(), o.clientOrderId(), o.symbol(), o.side(), o.timeInForce(),
                o.price(), o.quantity(), o.filledQuantity(), o.status(), o.version());
        }

        /** The row without its version, which the domain's state does not keep. */
        OrderRow unversioned() {
            return new OrderRow(orderId, accountId, clientOrderId, symbol, side, timeInForce, price, quantity, filled, status, 0);
        }
    }

    record AccountRow(long accountId, long cash, long reservedCash, List<Long> positions, List<Long> reservedPositions) {
        static AccountRow of(AccountSnapshot a) {
            List<Long> positions = new ArrayList<>();
            List<Long> reserved = new ArrayList<>();
            for (int s = 0; s < a.symbols(); s++) {
                positions.add(a.position(s));
                reserved.add(a.reservedPosition(s));
            }
            return new AccountRow(a.accountId(), a.cash(), a.reservedCash(), positions, reserved);
        }
    }

    record Level(long price, long quantity, int orders) {
    }

    record Book(int symbol, List<Level> bids, List<Level> asks) {
    }

    record TradeRow(long tradeId, long price, long quantity, long buyOrderId, long sellOrderId, long timestamp) {
    }

    private ViewContents() {
    }

    /** Orders 1..{@code highestOrderId} the view holds, by id. */
    static Map<Long, OrderRow> orders(OrdersView view, long highestOrderId) {
        Map<Long, OrderRow> rows = new LinkedHashMap<>();
        OrderSnapshot snapshot = new OrderSnapshot();
        for (long id = 1; id <= highestOrderId; id++) {
            if (view.order(id, snapshot)) {
                rows.put(id, OrderRow.of(snapshot));
            }
        }
        return rows;
    }

    /** Every order of the account walking all pages of {@code limit}, newest first. */
    static List<OrderRow> accountOrders(OrdersView view, long accountId, boolean openOnly, int limit) {
        List<OrderRow> rows = new ArrayList<>();
        OrderPage page = new OrderPage(limit, Math.max(limit, 64));
        long cursor = 0;
        do {
            view.accountOrders(accountId, openOnly, cursor, limit, page);
            for (int i = 0; i < page.count(); i++) {
                rows.add(OrderRow.of(page.order(i)));
            }
            cursor = page.nextCursor();
        } while (cursor != 0);
        return rows;
    }

    static Map<Long, AccountRow> accounts(AccountsView view, long highestAccountId) {
        Map<Long, AccountRow> rows = new LinkedHashMap<>();
        AccountSnapshot snapshot = new AccountSnapshot(view.symbols());
        for (long id = 1; id <= highestAccountId; id++) {
            if (view.account(id, snapshot)) {
                rows.put(id, AccountRow.of(snapshot));
            }
        }
        return rows;
    }

    static List<Book> books(BooksView view) {
        List<Book> books = new ArrayList<>();
        BookSnapshot snapshot = new BookSnapshot(view.depth());
        for (int symbol = 0; symbol < view.symbols(); symbol++) {
            if (!view.book(symbol, snapshot)) {
                throw new AssertionError("no book for configured symbol " + symbol);
            }
            List<Level> bids = new ArrayList<>();
            List<Level> asks = new ArrayList<>();
            for (int i = 0; i < snapshot.bidLevels(); i++) {
                bids.add(new Level(snapshot.bidPrice(i), snapshot.bidQuantity(i), snapshot.bidOrders(i)));
            }
            for (int i = 0; i < snapshot.askLevels(); i++) {
                asks.add(new Level(snapshot.askPrice(i), snapshot.askQuantity(i), snapshot.askOrders(i)));
            }
            books.add(new Book(symbol, bids, asks));
        }
        return books;
    }

    static List<List<TradeRow>> trades(TradesView view, int symbols) {
        List<List<TradeRow>> all = new ArrayList<>();
        TradesSnapshot snapshot = new TradesSnapshot(view.depth());
        for (int symbol = 0; symbol < symbols; symbol++) {
            view.recent(symbol, view.depth(), snapshot);
            List<TradeRow> rows = new ArrayList<>();
            for (int i = 0; i < snapshot.count(); i++) {
                rows.add(new TradeRow(snapshot.tradeId(i), snapshot.price(i), snapshot.quantity(i),
                    snapshot.buyOrderId(i), snapshot.sellOrderId(i), snapshot.timestamp(i)));
            }
            all.add(rows);
        }
        return all;
    }
}
