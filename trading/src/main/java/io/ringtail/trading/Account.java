package io.ringtail.trading;

/** A pooled account: cash and per-symbol positions, each with the part reserved by open orders. */
final class Account {
    long accountId;
    long cash;
    long reservedCash;
    final long[] position;
    final long[] reservedPosition;

    Account(int symbols) {
        position = new long[symbols];
        reservedPosition = new long[symbols];
    }

    void open(long accountId, long cash) {
        this.accountId = accountId;
        this.cash = cash;
        this.reservedCash = 0;
        java.util.Arrays.fill(position, 0);
        java.util.Arrays.fill(reservedPosition, 0);
    }

    long buyingPower() {
        return cash - reservedCash;
    }

    long freePosition(int symbol) {
        return position[symbol] - reservedPosition[symbol];
    }
}
