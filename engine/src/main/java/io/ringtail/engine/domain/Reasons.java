package io.ringtail.engine.domain;

/** Reason codes every domain shares. Domain codes start at {@link #FIRST_DOMAIN_REASON}. */
public final class Reasons {
    public static final int ACCEPTED = 0;
    /** Domain code threw: the command is rejected and state is as before it. */
    public static final int INTERNAL_ERROR = 1;
    /** The journal could not take the command's events: nothing was applied or acknowledged. */
    public static final int JOURNAL_UNAVAILABLE = 2;
    /** No handler knows the command type. */
    public static final int UNKNOWN_COMMAND = 3;
    /**
     * The command's events would not fit one journal entry: refused before anything changed, with no journal
     * failure (nothing is wrong with the journal). The client can split the work, e.g. filter a mass cancel.
     */
    public static final int COMMAND_TOO_LARGE = 4;
    public static final int FIRST_DOMAIN_REASON = 16;

    private Reasons() {
    }

    /** Name of a shared reason, or null when the code belongs to a domain. */
    public static String sharedName(int reason) {
        return switch (reason) {
            case ACCEPTED -> "ACCEPTED";
            case INTERNAL_ERROR -> "INTERNAL_ERROR";
            case JOURNAL_UNAVAILABLE -> "JOURNAL_UNAVAILABLE";
            case UNKNOWN_COMMAND -> "UNKNOWN_COMMAND";
            case COMMAND_TOO_LARGE -> "COMMAND_TOO_LARGE";
            default -> null;
        };
    }
}
