package io.ringtail.loadtest;

/** Order lifecycle as the gateway reports it; the rank orders states by how far they have progressed. */
enum OrderStatus {
    NEW(0),
    PARTIALLY_FILLED(1),
    FILLED(2),
    CANCELLED(2);

    private final int rank;

    OrderStatus(int rank) {
        this.rank = rank;
    }

    boolean isTerminal() {
        return rank == 2;
    }

    /** True when a view in {@code later} can follow a reply that said {@code this}. */
    boolean canProgressTo(OrderStatus later) {
        return isTerminal() ? later == this : later.rank >= rank;
    }

    static OrderStatus parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            return valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
