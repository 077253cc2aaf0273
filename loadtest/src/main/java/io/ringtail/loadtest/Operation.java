package io.ringtail.loadtest;

/**
 * The request kinds the load tester measures, each with its own histogram and status counts.
 * The first four are drawn from the mix; {@link #GET} is every request of --endpoint (a fixed URL instead of
 * the mix); {@link #RYW_READ} is the follow-up read of --verify-ryw.
 */
public enum Operation {
    PLACE("place"),
    CANCEL("cancel"),
    AMEND("amend"),
    QUERY("query"),
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
        throw new IllegalArgumentException("unknown operation '" + label + "' (expected place, cancel, amend or query)");
    }
}
