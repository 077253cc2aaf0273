package io.ringtail.trading.view;

import org.agrona.DirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/** A caller-owned, reusable copy of one account record of the {@link AccountsView}. */
public final class AccountSnapshot {
    private final UnsafeBuffer scratch;
    private final long[] position;
    private final long[] reservedPosition;
    private long accountId;
    private long cash;
    private long reservedCash;
    private long version;

    /** @param symbols how many instruments are configured */
    public AccountSnapshot(int symbols) {
        this.scratch = new UnsafeBuffer(new byte[AccountsView.recordLength(symbols)]);
        this.position = new long[symbols];
        this.reservedPosition = new long[symbols];
    }

    UnsafeBuffer scratch() {
        return scratch;
    }

    void decode(DirectBuffer b) {
        accountId = b.getLong(AccountsView.ACCOUNT_ID);
        cash = b.getLong(AccountsView.CASH);
        reservedCash = b.getLong(AccountsView.RESERVED_CASH);
        version = b.getLong(AccountsView.VERSION);
        for (int s = 0; s < position.length; s++) {
            position[s] = b.getLong(AccountsView.positionOffset(s));
            reservedPosition[s] = b.getLong(AccountsView.positionOffset(s) + 8);
        }
    }

    public int symbols() { return position.length; }
    public long accountId() { return accountId; }
    public long cash() { return cash; }
    /** Cash held by open buy orders: price x open quantity each. */
    public long reservedCash() { return reservedCash; }
    /** Sequence of the last event that changed the account. */
    public long version() { return version; }
    public long position(int symbol) { return position[symbol]; }
    /** Position held by open sell orders: their open quantity. */
    public long reservedPosition(int symbol) { return reservedPosition[symbol]; }
}
