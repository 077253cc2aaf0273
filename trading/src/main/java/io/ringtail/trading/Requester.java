package io.ringtail.trading;

import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

import java.util.Arrays;

/**
 * Who sends a cancel or an amend, as the writer checks it: either any account (an admin's key) or a bounded
 * list of accounts (a trader's key, or the one account the request named). The block sits at the end of the
 * CANCEL_ORDER and AMEND_ORDER layouts ({@link TradingCommandEncoder}) and is read in place in the ring slot,
 * so the check allocates nothing:
 *
 * <pre>
 * REQUESTER block, 136 bytes
 *   0 scope byte (1 = any account, 2 = the listed accounts; anything else covers nothing)
 *   1 account count byte (0..16) | 2 unused, 6 bytes | 8 accounts long[16], the first {count} meaningful
 * </pre>
 *
 * Instances are the producer side's immutable description, written with {@link #write}.
 */
public final class Requester {
    public static final int MAX_ACCOUNTS = 16;
    static final int SCOPE_OFFSET = 0;
    static final int COUNT_OFFSET = 1;
    static final int ACCOUNTS_OFFSET = 8;
    public static final int LENGTH = ACCOUNTS_OFFSET + MAX_ACCOUNTS * Long.BYTES;

    private static final byte ANY_ACCOUNT = 1;
    private static final byte LISTED_ACCOUNTS = 2;
    private static final Requester ANY = new Requester(true, new long[0]);
    private static final Requester NONE = new Requester(false, new long[0]);

    private final boolean any;
    private final long[] accounts;

    private Requester(boolean any, long[] accounts) {
        this.any = any;
        this.accounts = accounts;
    }

    /** An admin: acts for every account. */
    public static Requester anyAccount() {
        return ANY;
    }

    /** Acts for no account: every order it names is unknown to it. */
    public static Requester none() {
        return NONE;
    }

    /** @throws IllegalArgumentException for more than {@link #MAX_ACCOUNTS} accounts */
    public static Requester of(long... accounts) {
        if (accounts.length > MAX_ACCOUNTS) {
            throw new IllegalArgumentException(accounts.length + " accounts, at most " + MAX_ACCOUNTS + " fit a command");
        }
        return accounts.length == 0 ? NONE : new Requester(false, accounts.clone());
    }

    void write(MutableDirectBuffer buffer, int offset) {
        buffer.putByte(offset + SCOPE_OFFSET, any ? ANY_ACCOUNT : LISTED_ACCOUNTS);
        buffer.putByte(offset + COUNT_OFFSET, (byte) accounts.length);
        for (int i = 0; i < accounts.length; i++) {
            buffer.putLong(offset + ACCOUNTS_OFFSET + i * Long.BYTES, accounts[i]);
        }
    }

    /** Writes the block of a requester acting for this one account alone, without an instance. */
    static void writeAccount(MutableDirectBuffer buffer, int offset, long accountId) {
        buffer.putByte(offset + SCOPE_OFFSET, LISTED_ACCOUNTS);
        buffer.putByte(offset + COUNT_OFFSET, (byte) 1);
        buffer.putLong(offset + ACCOUNTS_OFFSET, accountId);
    }

    /** Writer side: whether the block at {@code offset} acts for {@code accountId}. */
    static boolean covers(DirectBuffer buffer, int offset, long accountId) {
        byte scope = buffer.getByte(offset + SCOPE_OFFSET);
        if (scope == ANY_ACCOUNT) {
            return true;
        }
        if (scope != LISTED_ACCOUNTS) {
            return false;
        }
        int count = Math.min(buffer.getByte(offset + COUNT_OFFSET) & 0xFF, MAX_ACCOUNTS);
        for (int i = 0; i < count; i++) {
            if (buffer.getLong(offset + ACCOUNTS_OFFSET + i * Long.BYTES) == accountId) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return any ? "any account" : "accounts " + Arrays.toString(accounts);
    }
}
