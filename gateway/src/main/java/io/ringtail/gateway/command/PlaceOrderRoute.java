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
import io.ringtail.trading.OrderType;
import io.ringtail.trading.SelfTradePrevention;
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
 *
 * <p>Order types and controls (issue #22), each optional, parsed strictly (a wrong type or value is 400):
 * {@code "type"}: LIMIT (default) or MARKET; {@code "timeInForce"}: GTC (default for LIMIT), IOC (default for
 * MARKET) or FOK; {@code "postOnly"}: a JSON boolean; {@code "selfTradePrevention"}: ALLOW, CANCEL_NEWEST,
 * CANCEL_OLDEST or CANCEL_BOTH (absent: the account's default); {@code "budget"}: a positive whole number, for a
 * MARKET buy instead of a protection {@code price} (which may then be left out). Which combinations make sense
 * is the domain's rule (422: INVALID_ORDER_TYPE, INVALID_BUDGET, INVALID_TIME_IN_FORCE, INVALID_PRICE).
 */
final class PlaceOrderRoute implements Handler<RoutingContext>, CommandResponder {
    private static final Set<String> FIELDS =
        Set.of("accountId", "clientOrderId", "symbol", "side", "price", "quantity", "timeInForce",
            "type", "postOnly", "selfTradePrevention", "budget");

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
        int orderType = orderType(JsonBody.optionalString(body, "type", "LIMIT"));
        long budget = JsonBody.optionalLong(body, "budget", 1, 0);
        // A budget buy has no protection price: then, and only then, the price may be left out.
        long price = budget > 0 ? JsonBody.optionalLong(body, "price", 0, 0) : JsonBody.requiredLong(body, "price", 0);
        long quantity = JsonBody.requiredLong(body, "quantity", 0);
        int timeInForce = timeInForce(JsonBody.optionalString(body, "timeInForce",
            orderType == OrderType.MARKET ? "IOC" : "GTC"));
        boolean postOnly = postOnly(body);
        int selfTradePrevention = selfTradePrevention(body, SelfTradePrevention.ACCOUNT_DEFAULT);
        request.set(accountId, clientOrderId.getBytes(StandardCharsets.US_ASCII), symbolIndex, side, price, quantity,
            timeInForce, orderType, postOnly, selfTradePrevention, budget);
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
            case "FOK" -> TimeInForce.FOK;
            default -> throw ApiError.invalid("timeInForce", "must be GTC, IOC or FOK");
        };
    }

    private static int orderType(String text) {
        return switch (text) {
            case "LIMIT" -> OrderType.LIMIT;
            case "MARKET" -> OrderType.MARKET;
            default -> throw ApiError.invalid("type", "must be LIMIT or MARKET");
        };
    }

    private static boolean postOnly(JsonObject body) {
        if (!body.containsKey("postOnly")) {
            return false;
        }
        if (!(body.getValue("postOnly") instanceof Boolean flag)) {
            throw ApiError.invalid("postOnly", "must be true or false");
        }
        return flag;
    }

    /** The optional {@code "selfTradePrevention"} field of orders and accounts. */
    static int selfTradePrevention(JsonObject body, int absent) {
        if (!body.containsKey("selfTradePrevention")) {
            return absent;
        }
        int mode = SelfTradePrevention.of(JsonBody.requiredString(body, "selfTradePrevention"));
        if (mode < 0) {
            throw ApiError.invalid("selfTradePrevention", "must be ALLOW, CANCEL_NEWEST, CANCEL_OLDEST or CANCEL_BOTH");
        }
        return mode;
    }
}
