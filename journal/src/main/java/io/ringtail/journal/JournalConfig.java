package io.ringtail.journal;

import java.nio.file.Path;
import java.util.Objects;

/** Where the journal lives and how durable an append is. */
public record JournalConfig(Path directory, DurabilityMode durability) {
    public JournalConfig {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(durability, "durability");
    }
}
