package io.ringtail.loadtest;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * Before the clock starts: learns the instruments and funds the run's accounts with cash and a
 * position in every traded symbol, so both sides of the book can be quoted. Not measured.
 */
final class AccountSetup {
    private final GatewayClient gateway;
    private final LoadSettings settings;
    private final LongAdder opens = new LongAdder();
    private final LongAdder cashDeposits = new LongAdder();
    private final LongAdder positionDeposits = new LongAdder();

    AccountSetup(GatewayClient gateway, LoadSettings settings) {
        this.gateway = gateway;
        this.settings = settings;
    }

    /** The instruments to trade: all of GET /instruments, or those named by --symbols. */
    Future<List<Instrument>> instruments() {
        return gateway.get("/instruments").compose(reply -> {
            if (reply.status() != 200) {
                return Future.failedFuture("GET /instruments answered " + reply.status());
            }
            List<Instrument> all = new ArrayList<>();
            JsonArray array = reply.jsonArray();
            for (int i = 0; i < array.size(); i++) {
                all.add(Instrument.fromJson(array.getJsonObject(i)));
            }
            if (settings.symbols().isEmpty()) {
                return all.isEmpty() ? Future.failedFuture("the gateway lists no instruments") : Future.succeededFuture(all);
            }
            List<Instrument> chosen = new ArrayList<>();
            for (String symbol : settings.symbols()) {
                Instrument match = all.stream().filter(in -> in.symbol().equals(symbol)).findFirst().orElse(null);
                if (match == null) {
                    return Future.failedFuture("unknown symbol " + symbol + " (the gateway lists "
                            + all.stream().map(Instrument::symbol).toList() + ")");
                }
                chosen.add(match);
            }
            return Future.succeededFuture(chosen);
        });
    }

    /** Creates and funds the accounts, {@code --connections} at a time. */
    Future<Void> fundAccounts(List<Instrument> instruments) {
        int lanes = Math.min(settings.connections(), settings.accounts());
        List<Future<Void>> chains = new ArrayList<>();
        for (int lane = 0; lane < lanes; lane++) {
            Future<Void> chain = Future.succeededFuture();
            for (int i = lane; i < settings.accounts(); i += lanes) {
                long accountId = settings.accountId(i);
                chain = chain.compose(v -> fund(accountId, instruments));
            }
            chains.add(chain);
        }
        return Future.all(chains).mapEmpty();
    }

    /** The setup commands sent so far (each one reaches the gateway's command counters once). */
    SetupCounts sent() {
        return new SetupCounts(opens.sum(), cashDeposits.sum(), positionDeposits.sum());
    }

    private Future<Void> fund(long accountId, List<Instrument> instruments) {
        opens.increment();
        Future<Void> chain = gateway.post("/accounts", new JsonObject().put("accountId", accountId).put("cash", 0))
                // DUPLICATE_ACCOUNT: a rerun with the same --run-id; topping the account up again is harmless.
                .compose(reply -> expect(reply, "create account " + accountId, 201, 200, 422))
                .compose(v -> deposit(accountId, new JsonObject().put("amount", settings.cash())));
        for (Instrument instrument : instruments) {
            JsonObject position = new JsonObject().put("symbol", instrument.symbol())
                    .put("quantity", settings.positionLots() * instrument.lotSize());
            chain = chain.compose(v -> deposit(accountId, position));
        }
        return chain;
    }

    private Future<Void> deposit(long accountId, JsonObject body) {
        (body.containsKey("amount") ? cashDeposits : positionDeposits).increment();
        return gateway.post("/accounts/" + accountId + "/deposits", body)
                .compose(reply -> expect(reply, "deposit " + body.encode() + " into " + accountId, 200, 201));
    }

    private static Future<Void> expect(Reply reply, String what, int... accepted) {
        for (int status : accepted) {
            if (reply.status() == status) {
                return Future.succeededFuture();
            }
        }
        return Future.failedFuture(what + " answered " + reply.status() + " " + reply.body());
    }
}
