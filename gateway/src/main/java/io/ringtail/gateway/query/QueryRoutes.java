package io.ringtail.gateway.query;

import io.ringtail.gateway.command.InstrumentIndex;
import io.ringtail.gateway.http.RouteTable;
import io.ringtail.gateway.metrics.ReadYourWritesMetrics;
import io.ringtail.trading.view.BooksProjection;
import io.ringtail.trading.view.OrdersProjection;
import io.ringtail.trading.view.TradesProjection;
import io.ringtail.trading.view.AccountsProjection;
import io.ringtail.trading.view.TradingReadSide;
import io.vertx.core.Context;
import io.vertx.core.http.HttpMethod;

/** The query routes of one event loop, each reading one view and waiting only for that view's projection. */
public final class QueryRoutes {
    private final OrderQueries orders;
    private final AccountQueries accounts;
    private final MarketQueries market;

    private QueryRoutes(OrderQueries orders, AccountQueries accounts, MarketQueries market) {
        this.orders = orders;
        this.accounts = accounts;
        this.market = market;
    }

    public static QueryRoutes create(Context loop, ReadSide readSide, InstrumentIndex instruments,
                                     long rywTimeoutMillis, ReadYourWritesMetrics rywMetrics) {
        TradingReadSide views = readSide.views();
        VersionGate gate = new VersionGate(loop, rywTimeoutMillis, rywMetrics);
        OrderQueries orders = new OrderQueries(views.orders(), readSide.agent(OrdersProjection.NAME), gate,
            instruments.instruments());
        AccountQueries accounts = new AccountQueries(views.accounts(), readSide.agent(AccountsProjection.NAME), gate,
            instruments.instruments());
        MarketQueries market = new MarketQueries(views.books(), readSide.agent(BooksProjection.NAME), views.trades(),
            readSide.agent(TradesProjection.NAME), gate, instruments, views.config().bookDepth(),
            views.config().recentTrades());
        return new QueryRoutes(orders, accounts, market);
    }

    public void register(RouteTable table) {
        table.add(HttpMethod.GET, "/orders/:orderId", orders::order)
            .add(HttpMethod.GET, "/accounts/:accountId/orders", orders::accountOrders)
            .add(HttpMethod.GET, "/accounts/:accountId", accounts::account)
            .add(HttpMethod.GET, "/books/:symbol", market::book)
            .add(HttpMethod.GET, "/trades/:symbol", market::trades);
    }
}
