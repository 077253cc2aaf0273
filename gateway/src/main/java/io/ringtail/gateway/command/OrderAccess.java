package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Principal;
import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.ErrorCode;
import io.ringtail.trading.Requester;

/**
 * Who a cancel or an amend is sent for, which the writer checks against the order (see {@link Requester}):
 * the gateway reads no view and waits for none, so both work whatever state the projections are in. An order
 * the requester may not act for is answered exactly as a missing one (404 UNKNOWN_ORDER, from the writer).
 */
final class OrderAccess {
    private OrderAccess() {
    }

    /**
     * @param named the account the request named, 0 when it named none
     * @throws ApiError MISSING_FIELD when the request names no account and the key covers more accounts than a
     *                  command carries
     */
    static Requester requester(Principal principal, long named) {
        if (principal.isAdmin()) {
            return Requester.anyAccount();
        }
        if (named != 0) {
            return principal.mayTrade(named) ? Requester.of(named) : Requester.none();
        }
        long[] accounts = principal.accounts();
        if (accounts.length > Requester.MAX_ACCOUNTS) {
            throw new ApiError(ErrorCode.MISSING_FIELD, "this key trades for " + accounts.length
                + " accounts, more than a command carries (" + Requester.MAX_ACCOUNTS + "): name the order's account"
                + " with 'accountId'");
        }
        return Requester.of(accounts);
    }
}
