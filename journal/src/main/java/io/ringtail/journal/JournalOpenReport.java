package io.ringtail.journal;

import java.util.Objects;
import java.util.function.LongSupplier;

/**
 * What opening the journal found. Opening looks only at the tail, so its cost does not grow with the
 * journal; {@link #entries()} is the one figure that needs every entry, and is counted when first asked.
 */
public final class JournalOpenReport {
    private final long lastSequence;
    private final long lastCommandId;
    private final int tornEntries;
    private final String detail;
    private LongSupplier entryCounter;
    private long entries;

    /**
     * @param lastSequence  sequence of the last intact record (0 for an empty journal)
     * @param lastCommandId command id of the last intact record (0 for an empty journal)
     * @param entries       intact entries found
     * @param tornEntries   entries found cut or corrupt at the tail and excluded from reading (0 normally)
     * @param detail        human-readable description of any torn tail, empty when none
     */
    public JournalOpenReport(long lastSequence, long lastCommandId, long entries, int tornEntries, String detail) {
        this(lastSequence, lastCommandId, null, tornEntries, detail);
        this.entries = entries;
    }

    /** As above, with the entries counted by {@code entryCounter} on the first call of {@link #entries()}. */
    JournalOpenReport(long lastSequence, long lastCommandId, LongSupplier entryCounter, int tornEntries, String detail) {
        this.lastSequence = lastSequence;
        this.lastCommandId = lastCommandId;
        this.entryCounter = entryCounter;
        this.tornEntries = tornEntries;
        this.detail = Objects.requireNonNull(detail);
    }

    /** Sequence of the last intact record (0 for an empty journal). */
    public long lastSequence() {
        return lastSequence;
    }

    /** Command id of the last intact record (0 for an empty journal). */
    public long lastCommandId() {
        return lastCommandId;
    }

    /**
     * Intact entries the journal held when it was opened. Reads every entry's header on the first call (a
     * diagnostic for tests and tools, not needed to run), so the journal must still be open then.
     */
    public synchronized long entries() {
        if (entryCounter != null) {
            entries = entryCounter.getAsLong();
            entryCounter = null;
        }
        return entries;
    }

    /** Entries found cut or corrupt at the tail and excluded from reading (0 normally). */
    public int tornEntries() {
        return tornEntries;
    }

    /** Human-readable description of any torn tail, empty when none. */
    public String detail() {
        return detail;
    }

    public boolean tornTailDetected() {
        return tornEntries > 0;
    }

    @Override
    public String toString() {
        return "JournalOpenReport[lastSequence=" + lastSequence + ", lastCommandId=" + lastCommandId
            + ", tornEntries=" + tornEntries + ", detail=" + detail + "]";
    }
}
