package io.ringtail.trading;

/** A pooled account: cash and per-symbol positions, each with the part reserved by open orders. */
final class Account {
    long accountId;
    long cash;
    long reservedCash;
    final long[] position;
    final long[] reservedPosition;
    /** Default self-trade prevention of its orders that name none. */
    int selfTradePrevention;
    /** Open orders in id order (an intrusive list through {@link Order#nextOfAccount}). */
    Order firstOpen;
    Order lastOpen;

    Account(int symbols) {
        position = new long[symbols];
        reservedPosition = new long[symbols];
    }

    void open(long accountId, long cash, int selfTradePrevention) {
        this.accountId = accountId;
        this.cash = cash;
        this.reservedCash = 0;
        this.selfTradePrevention = selfTradePrevention;
        this.firstOpen = null;
        this.lastOpen = null;
        java.util.Arrays.fill(position, 0);
        java.util.Arrays.fill(reservedPosition, 0);
    }

    /** Appends an order that just opened; ids only grow, so the list stays in id order. */
    void linkOpen(Order order) {
        order.previousOfAccount = lastOpen;
        order.nextOfAccount = null;
        if (lastOpen == null) {
            firstOpen = order;
        } else {
            lastOpen.nextOfAccount = order;
        }
        lastOpen = order;
    }

    void unlinkOpen(Order order) {
        if (order.previousOfAccount == null) {
            firstOpen = order.nextOfAccount;
        } else {
            order.previousOfAccount.nextOfAccount = order.nextOfAccount;
        }
        if (order.nextOfAccount == null) {
            lastOpen = order.previousOfAccount;
        } else {
            order.nextOfAccount.previousOfAccount = order.previousOfAccount;
        }
        order.previousOfAccount = null;
        order.nextOfAccount = null;
    }

    long buyingPower() {
        return cash - reservedCash;
    }

    long freePosition(int symbol) {
        return position[symbol] - reservedPosition[symbol];
    }
}
