package io.ringtail.journal;

/**
 * What opening the journal found.
 *
 * @param lastSequence  sequence of the last intact record (0 for an empty journal)
 * @param lastCommandId command id of the last intact record (0 for an empty journal)
 * @param entries       intact entries found
 * @param tornEntries   entries found cut or corrupt at the tail and excluded from reading (0 normally)
 * @param detail        human-readable description of any torn tail, empty when none
 */
public record JournalOpenReport(long lastSequence, long lastCommandId, long entries, int tornEntries, String detail) {
    public boolean tornTailDetected() {
        return tornEntries > 0;
    }
}
