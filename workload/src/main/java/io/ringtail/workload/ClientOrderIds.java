package io.ringtail.workload;

import java.nio.charset.StandardCharsets;

/** A decimal counter in place behind a one-letter prefix, so ids stay unique without allocating. */
final class ClientOrderIds {
    private final byte[] id;

    ClientOrderIds(char prefix) {
        id = (prefix + "000000000000").getBytes(StandardCharsets.US_ASCII);
    }

    /** Advances and returns the id, the same array each time. */
    byte[] next() {
        for (int i = id.length - 1; i > 0; i--) {
            if (id[i] < '9') {
                id[i]++;
                return id;
            }
            id[i] = '0';
        }
        return id;
    }
}
