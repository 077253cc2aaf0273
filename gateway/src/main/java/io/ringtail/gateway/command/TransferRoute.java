package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.JsonBody;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.gateway.reply.CommandResponder;
import io.ringtail.gateway.reply.PendingCommand;
import io.ringtail.trading.TradingCommandType;
import io.vertx.core.Handler;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.agrona.DirectBuffer;

import java.util.Set;

/**
 * {@code POST /accounts/{id}/deposits} and {@code .../withdrawals}: cash as {@code {"amount"}} or a
 * position as {@code {"symbol", "quantity"}}; 200 {@code {"version"}}. One class for both directions:
 * they differ only in the command types. Admin keys only.
 */
final class TransferRoute implements Handler<RoutingContext>, CommandResponder {
    private static final Set<String> FIELDS = Set.of("amount", "symbol", "quantity");

    private final CommandBridge bridge;
    private final InstrumentIndex instruments;
    private final int cashType;
    private final int positionType;
    private final TradingRequests.Cash cash = new TradingRequests.Cash();
    private final TradingRequests.Position position = new TradingRequests.Position();

    private TransferRoute(CommandBridge bridge, InstrumentIndex instruments, int cashType, int positionType) {
        this.bridge = bridge;
        this.instruments = instruments;
        this.cashType = cashType;
        this.positionType = positionType;
    }

    static TransferRoute deposits(CommandBridge bridge, InstrumentIndex instruments) {
        return new TransferRoute(bridge, instruments, TradingCommandType.DEPOSIT_CASH, TradingCommandType.DEPOSIT_POSITION);
    }

    static TransferRoute withdrawals(CommandBridge bridge, InstrumentIndex instruments) {
        return new TransferRoute(bridge, instruments, TradingCommandType.WITHDRAW_CASH, TradingCommandType.WITHDRAW_POSITION);
    }

    @Override
    public void handle(RoutingContext ctx) {
        long received = System.nanoTime();
        Access.requireAdmin(ctx, "moving cash or positions");
        long accountId = JsonBody.parameterLong(ctx.pathParam("id"), "id", 1);
        JsonObject body = JsonBody.read(ctx, FIELDS);
        boolean isCash = body.containsKey("amount");
        boolean isPosition = body.containsKey("symbol") || body.containsKey("quantity");
        if (isCash && isPosition) {
            throw ApiError.invalid("amount", "cannot be combined with symbol and quantity: send one or the other");
        }
        if (isPosition) {
            String symbol = JsonBody.requiredString(body, "symbol");
            long quantity = JsonBody.requiredLong(body, "quantity", 0);
            int symbolIndex = instruments.indexOf(symbol, "symbol");
            bridge.publish(ctx, position.set(positionType, accountId, symbolIndex, quantity), this, null, received);
        } else {
            long amount = JsonBody.requiredLong(body, "amount", 0);
            bridge.publish(ctx, cash.set(cashType, accountId, amount), this, null, received);
        }
    }

    @Override
    public void accepted(RoutingContext ctx, PendingCommand pending, long version, DirectBuffer reply) {
        JsonResponse.send(ctx, 200, new JsonObject().put("version", version));
    }
}
