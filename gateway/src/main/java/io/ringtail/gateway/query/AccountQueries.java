package io.ringtail.gateway.query;

import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.gateway.auth.Access;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.gateway.http.JsonResponse;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.view.AccountSnapshot;
import io.ringtail.trading.view.AccountsProjection;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;

/** {@code GET /accounts/{id}}: cash, reserved cash and, per symbol held or reserved, quantity and reserved. */
final class AccountQueries {
    private final AccountsProjection accounts;
    private final ProjectionAgent agent;
    private final VersionGate gate;
    private final List<Instrument> instruments;
    private final AccountSnapshot account;

    AccountQueries(AccountsProjection accounts, ProjectionAgent agent, VersionGate gate, List<Instrument> instruments) {
        this.accounts = accounts;
        this.agent = agent;
        this.gate = gate;
        this.instruments = instruments;
        this.account = new AccountSnapshot(instruments.size());
    }

    void account(RoutingContext ctx) {
        long accountId;
        try {
            accountId = QueryParams.positiveLong("accountId", ctx.pathParam("accountId"));
        } catch (IllegalArgumentException e) {
            ErrorResponder.send(ctx, ErrorCode.INVALID_FIELD, e.getMessage());
            return;
        }
        if (!Access.mayRead(ctx, accountId)) {
            throw Access.readForbidden(accountId);
        }
        gate.whenVisible(ctx, agent, (c, watermark) -> {
            c.response().putHeader("X-Version", Long.toString(watermark));
            if (!accounts.view().account(accountId, account)) {
                ErrorResponder.send(c, ErrorCode.UNKNOWN_ACCOUNT, "no account " + accountId);
                return;
            }
            JsonObject positions = new JsonObject();
            for (int symbol = 0; symbol < instruments.size(); symbol++) {
                long quantity = account.position(symbol);
                long reserved = account.reservedPosition(symbol);
                if (quantity != 0 || reserved != 0) {
                    positions.put(instruments.get(symbol).symbol(),
                        new JsonObject().put("quantity", quantity).put("reserved", reserved));
                }
            }
            JsonResponse.send(c, 200, new JsonObject()
                .put("accountId", account.accountId())
                .put("cash", account.cash())
                .put("reservedCash", account.reservedCash())
                .put("positions", positions)
                .put("version", account.version()));
        });
    }
}
