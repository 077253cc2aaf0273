package io.ringtail.loadtest;

/**
 * The request kinds the load tester measures, each with its own histogram and status counts.
 * The first eight are drawn from the mix; {@link #GET} is every request of --endpoint (a fixed URL instead of
 * the mix); {@link #RYW_READ} is the follow-up read of --verify-ryw.
 */
public enum Operation {
    PLACE("place"),
    CANCEL("cancel"),
    AMEND("amend"),
    QUERY("query"),
    /** POST /orders with timeInForce FOK: fills at once or is refused (422 FOK_NOT_FILLABLE). */
    FOK("fok"),
    /** POST /orders with postOnly: rests as a maker or is refused (422 WOULD_CROSS). */
    POST_ONLY("post_only"),
    /** POST /orders of type MARKET, IOC, with a protection price or (buys, half the time) a budget. */
    MARKET("market"),
    /** DELETE /accounts/{id}/orders?symbol=: every open order of one account in one symbol. */
    MASS_CANCEL("mass_cancel"),
    GET("get"),
    RYW_READ("ryw_read");

    private final String label;

    Operation(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean inMix() {
        return this != RYW_READ;
    }

    static Operation ofLabel(String label) {
        for (Operation op : values()) {
            if (op.inMix() && op != GET && op.label.equals(label)) {
                return op;
            }
        }
        throw new IllegalArgumentException("unknown operation '" + label + "' (expected place, cancel, amend, query, fok, post_only, market or mass_cancel)");
    }
}
