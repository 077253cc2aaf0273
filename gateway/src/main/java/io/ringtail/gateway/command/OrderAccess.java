package io.ringtail.gateway.command;

import io.ringtail.gateway.auth.Principal;
import io.ringtail.gateway.http.ApiError;
import io.ringtail.gateway.http.ErrorCode;

/** The ownership rule cancels and amends share. */
final class OrderAccess {
    private OrderAccess() {
    }

    /**
     * @param owner the order's account, 0 when there is no such order
     * @param named the account the request named, 0 when it named none
     * @throws ApiError UNKNOWN_ORDER (404) alike for a missing order, another account's, or a named account
     *                  that is not the owner: none of them may tell the client more than the others
     */
    static void requireOwnOrder(Principal principal, long orderId, long owner, long named) {
        if (owner == 0 || !principal.mayTrade(owner) || (named != 0 && named != owner)) {
            throw new ApiError(ErrorCode.UNKNOWN_ORDER, "no order " + orderId + " of this key's accounts");
        }
    }
}
