package io.ringtail.journal;

/** When an appended entry counts as safe, and so when a command may be acknowledged. */
public enum DurabilityMode {
    /** Acknowledge once the entry is in the memory-mapped file: survives a process crash. */
    ASYNC,
    /** Force the file to disk at the end of each batch before acknowledging: survives power loss. */
    SYNC;

    public static DurabilityMode parse(String text) {
        for (DurabilityMode mode : values()) {
            if (mode.name().equalsIgnoreCase(text)) {
                return mode;
            }
        }
        throw new IllegalArgumentException("durability must be async or sync, got '" + text + "'");
    }
}
