package io.ringtail.journal.snapshot;

/**
 * Layout of a snapshot file (little-endian): a fixed header, then the payload.
 *
 * <pre>
 *  0  magic          int   {@link #MAGIC}
 *  4  headerVersion  int   {@link #HEADER_VERSION}; the layout of this header
 *  8  formatVersion  int   the payload's own format, chosen by whoever wrote it
 * 12  reserved       int   0
 * 16  sequence       long  the journal sequence the state was captured at
 * 24  payloadLength  long  bytes after the header
 * 32  payloadCrc     int   CRC32C of the payload
 * 36  headerCrc      int   CRC32C of bytes [0, 36), so a flipped sequence or length is caught too
 * 40  payload
 * </pre>
 *
 * Files are named {@code snapshot-<20-digit sequence>.snap}, so that name order is sequence order.
 */
final class SnapshotFormat {
    static final int MAGIC = 0x50414E53; // "SNAP" read little-endian
    static final int HEADER_VERSION = 1;

    static final int MAGIC_OFFSET = 0;
    static final int HEADER_VERSION_OFFSET = 4;
    static final int FORMAT_VERSION_OFFSET = 8;
    static final int SEQUENCE_OFFSET = 16;
    static final int PAYLOAD_LENGTH_OFFSET = 24;
    static final int PAYLOAD_CRC_OFFSET = 32;
    static final int HEADER_CRC_OFFSET = 36;
    static final int HEADER_LENGTH = 40;

    /** A payload is exposed as one Agrona buffer, whose capacity is an int. */
    static final long MAX_PAYLOAD_LENGTH = Integer.MAX_VALUE - HEADER_LENGTH;

    static final String PREFIX = "snapshot-";
    static final String SUFFIX = ".snap";
    static final String TEMP_SUFFIX = ".tmp";

    static String fileName(long sequence) {
        return PREFIX + String.format("%020d", sequence) + SUFFIX;
    }

    /** The sequence in a snapshot file's name, or -1 when the name is not one of ours. */
    static long sequenceOf(String fileName) {
        if (!fileName.startsWith(PREFIX) || !fileName.endsWith(SUFFIX)
                || fileName.length() != PREFIX.length() + 20 + SUFFIX.length()) {
            return -1;
        }
        String digits = fileName.substring(PREFIX.length(), PREFIX.length() + 20);
        for (int i = 0; i < digits.length(); i++) {
            if (digits.charAt(i) < '0' || digits.charAt(i) > '9') {
                return -1;
            }
        }
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private SnapshotFormat() {
    }
}
