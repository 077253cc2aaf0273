package io.ringtail.loadtest;

/** The setup commands sent before the clock started: account opens, cash deposits, position deposits. */
record SetupCounts(long openAccount, long depositCash, long depositPosition) {
    static final SetupCounts NONE = new SetupCounts(0, 0, 0);
}
