package io.ringtail.gateway.auth;

import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.ErrorCode;
import io.vertx.ext.web.RoutingContext;

/**
 * The authorization questions routes ask of the request's {@link Principal}. A refusal that names an
 * account the client chose is 403: its answer does not depend on whether that account exists. Routes that
 * name an order instead answer another account's order exactly as a missing one (404), since the order id
 * alone must not tell a client that someone else's order exists.
 */
public final class Access {
    private static final String PRINCIPAL = "ringtail.principal";

    private Access() {
    }

    static void bind(RoutingContext ctx, Principal principal) {
        ctx.put(PRINCIPAL, principal);
    }

    /** The principal the {@link AuthHandler} found; every non-public route has one. */
    public static Principal principal(RoutingContext ctx) {
        Principal principal = ctx.get(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("no principal: the route is not behind the AuthHandler");
        }
        return principal;
    }

    /** @throws ApiError FORBIDDEN unless the key is an admin's */
    public static Principal requireAdmin(RoutingContext ctx, String action) {
        Principal principal = principal(ctx);
        if (!principal.isAdmin()) {
            throw new ApiError(ErrorCode.FORBIDDEN, action + " needs an admin key; this key's role is "
                + principal.role().fileName());
        }
        return principal;
    }

    /** @throws ApiError FORBIDDEN for a reader, who never trades */
    public static Principal requireTrader(RoutingContext ctx) {
        Principal principal = principal(ctx);
        if (principal.role() == Role.READER) {
            throw new ApiError(ErrorCode.FORBIDDEN, "a reader key cannot place, cancel or amend orders");
        }
        return principal;
    }

    /** @throws ApiError FORBIDDEN unless the key trades for this account */
    public static void requireTrade(RoutingContext ctx, long accountId) {
        if (!requireTrader(ctx).mayTrade(accountId)) {
            throw new ApiError(ErrorCode.FORBIDDEN, "this key does not trade for account " + accountId);
        }
    }

    /** @return whether the key may read this account; the caller answers 403 when not */
    public static boolean mayRead(RoutingContext ctx, long accountId) {
        return principal(ctx).mayRead(accountId);
    }

    public static ApiError readForbidden(long accountId) {
        return new ApiError(ErrorCode.FORBIDDEN, "this key does not read account " + accountId);
    }
}
