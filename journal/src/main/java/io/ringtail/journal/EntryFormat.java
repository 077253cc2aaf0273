package io.ringtail.journal;

/**
 * Layout of one journal entry, the data of one Chronicle document (little-endian):
 *
 * <pre>
 *  0  eventCount  int   records that follow (&gt;= 1), or {@link #TORN_MARKER} for a torn-entry marker
 *  4  checksum    int   CRC32C of everything after the header
 *  8  payload           the event records back to back, or for a marker the Chronicle index it names (long)
 * </pre>
 *
 * The checksum is what lets the opener and every reader tell a complete entry from one whose bytes were cut
 * or overwritten; Chronicle's own header only says that a document was closed.
 */
final class EntryFormat {
    static final int EVENT_COUNT_OFFSET = 0;
    static final int CHECKSUM_OFFSET = 4;
    static final int HEADER_LENGTH = 8;

    /** eventCount of a system entry written at open, naming a torn entry that all readers must skip. */
    static final int TORN_MARKER = -1;
    static final int MARKER_LENGTH = HEADER_LENGTH + Long.BYTES;

    /**
     * Upper bound of one entry; Chronicle keeps a document contiguous in one mapping only up to its overlap
     * size. A command whose events would not fit is refused by the writer before it changes anything
     * (COMMAND_TOO_LARGE), e.g. a mass cancel of tens of thousands of orders of one account.
     */
    static final int MAX_ENTRY_LENGTH = 4 * 1024 * 1024;

    private EntryFormat() {
    }
}
