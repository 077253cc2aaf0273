package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.JsonBody;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.reply.CommandResponder;
import io.ringtail.gateway.reply.PendingCommand;
import io.ringtail.trading.MassCancelReplyCodec;
import io.ringtail.trading.Side;
import io.ringtail.trading.TradingCommandEncoder;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;

/**
 * {@code DELETE /accounts/{id}/orders[?symbol=&side=]} → 200 {@code {"cancelled", "version"}}: every open order
 * of the account (of that symbol, of that side) cancelled by one command, so in one journal entry with one
 * reply. {@code cancelled} is 0 when nothing was open. The key must trade for the account in the path, as for
 * placing an order (403 otherwise); a side other than BUY/SELL is 400, and so is a parameter other than
 * those two, so that a mistyped filter never widens the cancel to every order. An unknown symbol or an
 * account the domain does not know is 404, as the error catalogue says.
 */
final class MassCancelRoute implements Handler<RoutingContext>, CommandResponder {
    private final CommandBridge bridge;
    private final InstrumentIndex instruments;
    private final TradingRequests.MassCancel request = new TradingRequests.MassCancel();

    MassCancelRoute(CommandBridge bridge, InstrumentIndex instruments) {
        this.bridge = bridge;
        this.instruments = instruments;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long received = System.nanoTime();
        long accountId = JsonBody.parameterLong(ctx.pathParam("accountId"), "accountId", 1);
        Access.requireTrade(ctx, accountId);
        for (String name : ctx.queryParams().names()) {
            if (!name.equals("symbol") && !name.equals("side")) {
                throw ApiError.invalid(name, "is not a parameter of a mass cancel (symbol, side)");
            }
            if (ctx.queryParams().getAll(name).size() > 1) {
                throw ApiError.invalid(name, "is given more than once");
            }
        }
        String symbol = ctx.request().getParam("symbol");
        int symbolIndex = symbol == null ? TradingCommandEncoder.ALL_SYMBOLS : instruments.indexOf(symbol, "symbol");
        String sideText = ctx.request().getParam("side");
        int side = sideText == null ? TradingCommandEncoder.BOTH_SIDES : switch (sideText) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw ApiError.invalid("side", "must be BUY or SELL");
        };
        bridge.publish(ctx, request.set(accountId, symbolIndex, side), this, null, received);
    }

    @Override
    public void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply) {
        JsonResponse.send(ctx, 200, new JsonObject()
            .put("cancelled", MassCancelReplyCodec.cancelled(reply))
            .put("version", version));
    }
}
