package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.JsonBody;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.reply.CommandResponder;
import io.ringtail.gateway.reply.PendingCommand;
import io.ringtail.trading.ClientOrderIds;
import io.ringtail.trading.OrderReplyCodec;
import io.ringtail.trading.OrderStatus;
import io.ringtail.trading.Side;
import io.ringtail.trading.TimeInForce;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * {@code POST /orders} → 201 {@code {"orderId", "clientOrderId", "status", "filledQuantity", "version"}}.
 * A retry with the same clientOrderId gets the original reply from the domain, unchanged.
 * Price and quantity are only checked for sign here: tick and lot sizes are the domain's rules (422).
 * The key must trade for the account (403 otherwise).
 */
final class PlaceOrderRoute implements Handler<RoutingContext>, CommandResponder {
    private static final Set<String> FIELDS =
        Set.of("accountId", "clientOrderId", "symbol", "side", "price", "quantity", "timeInForce");

    private final CommandBridge bridge;
    private final InstrumentIndex instruments;
    private final TradingRequests.PlaceOrder request = new TradingRequests.PlaceOrder();

    PlaceOrderRoute(CommandBridge bridge, InstrumentIndex instruments) {
        this.bridge = bridge;
        this.instruments = instruments;
    }

    @Override
    public void handle(RoutingContext ctx) {
        long received = System.nanoTime();
        Access.requireTrader(ctx);
        JsonObject body = JsonBody.read(ctx, FIELDS);
        long accountId = JsonBody.requiredLong(body, "accountId", 1);
        Access.requireTrade(ctx, accountId);
        String clientOrderId = clientOrderId(JsonBody.requiredString(body, "clientOrderId"));
        int symbolIndex = instruments.indexOf(JsonBody.requiredString(body, "symbol"), "symbol");
        int side = side(JsonBody.requiredString(body, "side"));
        long price = JsonBody.requiredLong(body, "price", 0);
        long quantity = JsonBody.requiredLong(body, "quantity", 0);
        int timeInForce = timeInForce(JsonBody.optionalString(body, "timeInForce", "GTC"));
        request.set(accountId, clientOrderId.getBytes(StandardCharsets.US_ASCII), symbolIndex, side, price, quantity,
            timeInForce);
        bridge.publish(ctx, request, this, clientOrderId, received);
    }

    @Override
    public void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply) {
        JsonResponse.send(ctx, 201, new JsonObject()
            .put("orderId", OrderReplyCodec.orderId(reply))
            .put("clientOrderId", pending.attachment())
            .put("status", OrderStatus.name(OrderReplyCodec.status(reply)))
            .put("filledQuantity", OrderReplyCodec.filledQuantity(reply))
            .put("version", version));
    }

    private static String clientOrderId(String text) {
        if (text.isEmpty() || text.length() > ClientOrderIds.MAX_LENGTH) {
            throw ApiError.invalid("clientOrderId", "must have 1.." + ClientOrderIds.MAX_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw ApiError.invalid("clientOrderId", "must be printable ASCII");
            }
        }
        return text;
    }

    private static int side(String text) {
        return switch (text) {
            case "BUY" -> Side.BUY;
            case "SELL" -> Side.SELL;
            default -> throw ApiError.invalid("side", "must be BUY or SELL");
        };
    }

    private static int timeInForce(String text) {
        return switch (text) {
            case "GTC" -> TimeInForce.GTC;
            case "IOC" -> TimeInForce.IOC;
            default -> throw ApiError.invalid("timeInForce", "must be GTC or IOC");
        };
    }
}
