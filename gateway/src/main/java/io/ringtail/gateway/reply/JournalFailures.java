package io.ringtail.gateway.reply;

/** Turns a journal failure into the one line a client or an operator is shown. */
public final class JournalFailures {
    private JournalFailures() {
    }

    /** The failure's own message, then the deepest cause's (the OS error, say); "unknown" for none. */
    public static String describe(Throwable failure) {
        if (failure == null) {
            return "unknown";
        }
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = String.valueOf(failure.getMessage());
        return root == failure ? message : message + " (" + root + ")";
    }
}
