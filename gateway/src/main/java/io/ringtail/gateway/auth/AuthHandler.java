package io.ringtail.gateway.auth;

import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.gateway.http.ErrorResponder;
import io.ringtail.gateway.openapi.OpenApiRoute;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;

import java.util.function.LongSupplier;

/**
 * First handler of every route but {@code /health/*} and {@code /openapi.json}: finds the request's {@link Principal} from
 * {@code Authorization: Bearer <key>} (401 without a valid one), charges the key's rate limiter (429 with
 * {@code Retry-After} when empty) and leaves the principal on the context for the routes to authorize
 * against. Neither the key nor its hash ever reaches a response, a log line or a metric. One per event loop.
 */
public final class AuthHandler implements Handler<RoutingContext> {
    private static final String BEARER = "Bearer ";

    private final KeyRing keys;
    private final Principal everyone;
    private final LongSupplier nanoClock;
    private final KeyHasher hasher = new KeyHasher();

    private AuthHandler(KeyRing keys, Principal everyone, LongSupplier nanoClock) {
        this.keys = keys;
        this.everyone = everyone;
        this.nanoClock = nanoClock;
    }

    public static AuthHandler withKeys(KeyRing keys, LongSupplier nanoClock) {
        return new AuthHandler(keys, null, nanoClock);
    }

    /** {@code --dev}: no keys; every request acts as an unlimited admin. */
    public static AuthHandler open() {
        return new AuthHandler(null, new Principal("dev", Role.ADMIN, new long[0], null), System::nanoTime);
    }

    @Override
    public void handle(RoutingContext ctx) {
        if (isPublic(ctx.normalizedPath())) {
            ctx.next();
            return;
        }
        Principal principal = everyone != null ? everyone : authenticate(ctx.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (principal == null) {
            ctx.response().putHeader("WWW-Authenticate", "Bearer realm=\"ringtail\"");
            ErrorResponder.send(ctx, ErrorCode.UNAUTHORIZED, ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                ? "this route needs the header 'Authorization: Bearer <API key>'"
                : "the API key is not valid");
            return;
        }
        RateLimiter limiter = principal.limiter();
        if (limiter != null) {
            long waitNanos = limiter.tryAcquire(nanoClock.getAsLong());
            if (waitNanos > 0) {
                long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
                ctx.response().putHeader("Retry-After", Long.toString(seconds));
                ErrorResponder.send(ctx, ErrorCode.RATE_LIMITED, "this API key's request rate is exceeded; retry in "
                    + seconds + " s");
                return;
            }
        }
        Access.bind(ctx, principal);
        ctx.next();
    }

    /**
     * Probes must work for a load balancer or an orchestrator that holds no key; the API's description reveals
     * no data, and client generators fetch it without one.
     */
    static boolean isPublic(String path) {
        return path != null && (path.startsWith("/health/") || path.equals(OpenApiRoute.PATH));
    }

    private Principal authenticate(String header) {
        if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return null;
        }
        int from = BEARER.length();
        int to = header.length();
        while (from < to && header.charAt(from) == ' ') {
            from++;
        }
        while (to > from && header.charAt(to - 1) == ' ') {
            to--;
        }
        byte[] digest = hasher.digest(header, from, to);
        return digest == null ? null : keys.current().find(digest);
    }
}
