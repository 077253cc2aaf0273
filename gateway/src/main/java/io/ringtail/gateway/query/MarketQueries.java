package io.ringtail.gateway.query;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.gateway.command.InstrumentIndex;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.trading.view.BookSnapshot;
import io.ringtail.trading.view.BooksProjection;
import io.ringtail.trading.view.TradesProjection;
import io.ringtail.trading.view.TradesSnapshot;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /books/{symbol}} (top levels per side) and {@code GET /trades/{symbol}} (newest first). */
final class MarketQueries {
    static final int DEFAULT_DEPTH = 10;
    static final int DEFAULT_TRADES = 50;

    private final BooksProjection books;
    private final ProjectionAgent booksAgent;
    private final TradesProjection trades;
    private final ProjectionAgent tradesAgent;
    private final VersionGate gate;
    private final InstrumentIndex instruments;
    private final BookSnapshot book;
    private final int maxDepth;
    private final TradesSnapshot recent;

    MarketQueries(BooksProjection books, ProjectionAgent booksAgent, TradesProjection trades,
                  ProjectionAgent tradesAgent, VersionGate gate, InstrumentIndex instruments, int depth, int maxTrades) {
        this.books = books;
        this.booksAgent = booksAgent;
        this.trades = trades;
        this.tradesAgent = tradesAgent;
        this.gate = gate;
        this.instruments = instruments;
        this.book = new BookSnapshot(depth);
        this.maxDepth = depth;
        this.recent = new TradesSnapshot(maxTrades);
    }

    void book(RoutingContext ctx) {
        String symbol = ctx.pathParam("symbol");
        int index = symbolIndex(ctx, symbol);
        if (index < 0) {
            return;
        }
        int depth;
        try {
            depth = QueryParams.boundedInt("depth", ctx.request().getParam("depth"),
                Math.min(DEFAULT_DEPTH, maxDepth), maxDepth);
        } catch (IllegalArgumentException e) {
            ErrorResponder.send(ctx, ErrorCode.INVALID_FIELD, e.getMessage());
            return;
        }
        gate.whenVisible(ctx, booksAgent, (c, watermark) -> {
            c.response().putHeader("X-Version", Long.toString(watermark));
            books.view().book(index, book);
            JsonArray bids = new JsonArray();
            for (int i = 0; i < Math.min(depth, book.bidLevels()); i++) {
                bids.add(level(book.bidPrice(i), book.bidQuantity(i), book.bidOrders(i)));
            }
            JsonArray asks = new JsonArray();
            for (int i = 0; i < Math.min(depth, book.askLevels()); i++) {
                asks.add(level(book.askPrice(i), book.askQuantity(i), book.askOrders(i)));
            }
            JsonResponse.send(c, 200, new JsonObject().put("symbol", symbol).put("bids", bids).put("asks", asks)
                .put("version", book.version()));
        });
    }

    void trades(RoutingContext ctx) {
        String symbol = ctx.pathParam("symbol");
        int index = symbolIndex(ctx, symbol);
        if (index < 0) {
            return;
        }
        int limit;
        try {
            limit = QueryParams.boundedInt("limit", ctx.request().getParam("limit"),
                Math.min(DEFAULT_TRADES, recent.capacity()), recent.capacity());
        } catch (IllegalArgumentException e) {
            ErrorResponder.send(ctx, ErrorCode.INVALID_FIELD, e.getMessage());
            return;
        }
        gate.whenVisible(ctx, tradesAgent, (c, watermark) -> {
            c.response().putHeader("X-Version", Long.toString(watermark));
            int count = trades.view().recent(index, limit, recent);
            JsonArray list = new JsonArray();
            for (int i = 0; i < count; i++) {
                list.add(new JsonObject().put("tradeId", recent.tradeId(i)).put("price", recent.price(i))
                    .put("quantity", recent.quantity(i)).put("buyOrderId", recent.buyOrderId(i))
                    .put("sellOrderId", recent.sellOrderId(i)).put("timestamp", recent.timestamp(i)));
            }
            JsonResponse.send(c, 200, new JsonObject().put("symbol", symbol).put("trades", list));
        });
    }

    private int symbolIndex(RoutingContext ctx, String symbol) {
        for (int i = 0; i < instruments.instruments().size(); i++) {
            if (instruments.instruments().get(i).symbol().equals(symbol)) {
                return i;
            }
        }
        ErrorResponder.send(ctx, ErrorCode.UNKNOWN_SYMBOL, "no instrument '" + symbol + "'; see GET /instruments");
        return -1;
    }

    private static JsonObject level(long price, long quantity, int orders) {
        return new JsonObject().put("price", price).put("quantity", quantity).put("orders", orders);
    }
}
