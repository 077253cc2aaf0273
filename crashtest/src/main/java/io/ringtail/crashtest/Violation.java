package io.ringtail.crashtest;

/** The kinds of broken promise the harness looks for after each restart. */
enum Violation {
    /** An acknowledged command is missing after recovery, or recovered with another outcome or version. */
    LOST_ACK("lost acknowledgements"),
    /** The recovered server's state digest differs from a from-scratch replay of the same journal. */
    DIVERGENT_REPLAY("divergent replays"),
    /** The recovered server's views answer differently from views rebuilt from the same journal. */
    DIVERGENT_VIEWS("divergent views"),
    /** One clientOrderId produced two orders, or a retry got another order than the original. */
    DOUBLE_EFFECT("double effects"),
    /** The journal's sequences skip a number. */
    SEQUENCE_GAP("sequence gaps"),
    /** A version was handed out twice, or after restart at or below the recovered head. */
    SEQUENCE_REUSE("sequence reuse"),
    /** The killed server could not be started again on its data directory. */
    RECOVERY_FAILED("failed recoveries");

    private final String label;

    /** A gateway that refused to start: replay stops at a sequence gap, anything else is a failed recovery. */
    static Violation ofFailedStart(String failure, Violation otherwise) {
        return failure.contains("sequence gap") ? SEQUENCE_GAP : otherwise;
    }

    Violation(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
