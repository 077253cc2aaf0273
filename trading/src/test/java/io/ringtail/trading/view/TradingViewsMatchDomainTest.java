package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.trading.OrderStatus;
import io.ringtail.trading.Side;
import io.ringtail.trading.TradingStateDump;
import io.ringtail.trading.view.ViewContents.AccountRow;
import io.ringtail.trading.view.ViewContents.Book;
import io.ringtail.trading.view.ViewContents.Level;
import io.ringtail.trading.view.ViewContents.OrderRow;
import io.ringtail.trading.view.ViewContents.TradeRow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The four views, fed by a real engine's journal, against the domain's own state after the same workload. */
class TradingViewsMatchDomainTest {
    /** The orders view retains as many terminal orders as the domain does (2,000, see {@link EngineWithViews}). */
    private static final TradingViewConfig VIEWS = new TradingViewConfig(100_000, 64, 5, 20, EngineWithViews.ORDER_RETENTION);
    private static final int SYMBOLS = RecordedTradingEvents.INSTRUMENTS.size();

    @TempDir
    Path directory;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {3L, 20240601L})
    void shouldEqualTheDomainAfterARandomWorkload(long seed) {
        TradingReadSide views = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, VIEWS);
        Map<Long, OrderRow> orders;
        Map<Long, AccountRow> accounts;
        List<Book> books;
        List<List<TradeRow>> trades;
        List<List<TradeRow>> journaled;
        Map<Long, List<OrderRow>> pagedOpen = new HashMap<>();
        Map<Long, List<OrderRow>> pagedAll = new HashMap<>();
        TradingStateDump dump;
        try (EngineWithViews engine = new EngineWithViews(directory, seed, false)) {
            ProjectionHost host = engine.host(views);
            engine.publishSetupAnd(12_000);
            long head = engine.awaitReplies();
            EngineWithViews.awaitCaughtUp(host, head);
            orders = ViewContents.orders(views.orders().view(), engine.workload.highestOrderId() + 100);
            accounts = ViewContents.accounts(views.accounts().view(), 1_000);
            books = ViewContents.books(views.books().view());
            trades = ViewContents.trades(views.trades().view(), SYMBOLS);
            for (long account = 1; account <= EngineWithViews.ACCOUNTS; account++) {
                pagedOpen.put(account, ViewContents.accountOrders(views.orders().view(), account, true, 7));
                pagedAll.put(account, ViewContents.accountOrders(views.orders().view(), account, false, 50));
            }
            journaled = engine.journaledTrades(head);
            engine.close();
            dump = engine.domain.dump();
        }

        assertEquals(dump.orders().stream().map(TradingStateDump.OrderEntry::orderId).toList(), List.copyOf(orders.keySet()),
            "the view holds exactly the orders the domain holds: open ones and the same retained terminal ones");
        assertTrue(dump.nextOrderId() - 1 > orders.size() + 1_000, "the workload retired orders: " + orders.size()
            + " held of " + (dump.nextOrderId() - 1));
        for (TradingStateDump.OrderEntry o : dump.orders()) {
            OrderRow expected = new OrderRow(o.orderId(), o.accountId(), o.clientOrderId(), o.symbol(), o.side(),
                o.timeInForce(), o.price(), o.quantity(), o.filled(), o.status(), 0);
            assertEquals(expected, orders.get(o.orderId()).unversioned());
        }
        long open = orders.values().stream().filter(o -> OrderStatus.isOpen(o.status())).count();
        assertEquals(dump.book().stream().mapToLong(l -> l.orderIds().size()).sum(), open, "open orders");
        assertTrue(open > 50, "the workload leaves a book: " + open);

        assertEquals(dump.accounts().size(), accounts.size());
        for (TradingStateDump.AccountEntry a : dump.accounts()) {
            assertEquals(new AccountRow(a.accountId(), a.cash(), a.reservedCash(), a.positions(), a.reservedPositions()),
                accounts.get(a.accountId()));
        }

        assertEquals(expectedBooks(dump, VIEWS.bookDepth()), books);

        assertTrue(journaled.stream().mapToInt(List::size).sum() > 1_000, "the workload trades");
        for (int symbol = 0; symbol < SYMBOLS; symbol++) {
            List<TradeRow> newestFirst = new ArrayList<>(journaled.get(symbol));
            Collections.reverse(newestFirst);
            assertEquals(newestFirst.subList(0, Math.min(VIEWS.recentTrades(), newestFirst.size())), trades.get(symbol));
        }

        for (long account = 1; account <= EngineWithViews.ACCOUNTS; account++) {
            long id = account;
            List<OrderRow> all = orders.values().stream().filter(o -> o.accountId() == id)
                .sorted(Comparator.comparingLong(OrderRow::orderId).reversed()).toList();
            assertEquals(all, pagedAll.get(account), "all orders of account " + account + ", newest first");
            assertEquals(all.stream().filter(o -> OrderStatus.isOpen(o.status())).toList(), pagedOpen.get(account),
                "open orders of account " + account);
        }
    }

    @Test
    void shouldRebuildWhileCommandsContinueAndEqualTheNeverStoppedViews() {
        TradingReadSide steady = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, VIEWS);
        TradingReadSide rebuilt = new TradingReadSide(RecordedTradingEvents.INSTRUMENTS, VIEWS);
        try (EngineWithViews engine = new EngineWithViews(directory, 77, false)) {
            ProjectionHost steadyHost = engine.host(steady);
            ProjectionHost rebuiltHost = engine.host(rebuilt);
            engine.publishSetupAnd(4_000);
            EngineWithViews.awaitCaughtUp(rebuiltHost, engine.awaitReplies());
            OrdersView before = rebuilt.orders().view();
            rebuiltHost.agents().forEach(agent -> agent.requestRebuild());
            for (int i = 0; i < 4_000; i++) {
                engine.publish(engine.workload.next());
            }
            long head = engine.awaitReplies();
            EngineWithViews.awaitCaughtUp(steadyHost, head);
            EngineWithViews.awaitCaughtUp(rebuiltHost, head);
            rebuiltHost.agents().forEach(agent -> assertEquals(1, agent.rebuilds(), agent.name()));
            assertTrue(before != rebuilt.orders().view(), "the rebuild swapped in a fresh view");

            long highestOrderId = engine.domain.dump().nextOrderId();
            assertEquals(ViewContents.orders(steady.orders().view(), highestOrderId),
                ViewContents.orders(rebuilt.orders().view(), highestOrderId));
            assertEquals(ViewContents.accounts(steady.accounts().view(), 1_000),
                ViewContents.accounts(rebuilt.accounts().view(), 1_000));
            assertEquals(ViewContents.books(steady.books().view()), ViewContents.books(rebuilt.books().view()));
            assertEquals(ViewContents.trades(steady.trades().view(), SYMBOLS), ViewContents.trades(rebuilt.trades().view(), SYMBOLS));
            for (long account = 1; account <= EngineWithViews.ACCOUNTS; account++) {
                assertEquals(ViewContents.accountOrders(steady.orders().view(), account, false, 100),
                    ViewContents.accountOrders(rebuilt.orders().view(), account, false, 100));
            }
        }
    }

    /** Levels aggregated from the domain's open orders, best first, the top {@code depth} per side. */
    private static List<Book> expectedBooks(TradingStateDump dump, int depth) {
        Map<Long, TradingStateDump.OrderEntry> byId = new HashMap<>();
        dump.orders().forEach(o -> byId.put(o.orderId(), o));
        List<Book> books = new ArrayList<>();
        for (int symbol = 0; symbol < SYMBOLS; symbol++) {
            List<Level> bids = new ArrayList<>();
            List<Level> asks = new ArrayList<>();
            for (TradingStateDump.LevelEntry level : dump.book()) {
                if (level.symbol() != symbol) {
                    continue;
                }
                long quantity = level.orderIds().stream().mapToLong(id -> byId.get(id).quantity() - byId.get(id).filled()).sum();
                (level.side() == Side.BUY ? bids : asks).add(new Level(level.price(), quantity, level.orderIds().size()));
            }
            bids.sort(Comparator.comparingLong(Level::price).reversed());
            asks.sort(Comparator.comparingLong(Level::price));
            books.add(new Book(symbol, bids.subList(0, Math.min(depth, bids.size())), asks.subList(0, Math.min(depth, asks.size()))));
        }
        return books;
    }
}
