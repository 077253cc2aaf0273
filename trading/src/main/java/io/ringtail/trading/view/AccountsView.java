package io.ringtail.trading.view;

import io.ringtail.engine.view.LongHashIndex;
import io.ringtail.engine.view.SeqlockRecordStore;
import io.ringtail.engine.view.ViewCapacityExceededException;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.concurrent.UnsafeBuffer;

/**
 * Balances of every account: cash and, per symbol, position, each with the part reserved by open orders.
 * ONE writer (the {@link AccountsProjection}'s thread), any number of readers; one seqlocked record per
 * account, found through a {@link LongHashIndex} published after the record's first write.
 *
 * <p>Account record, little-endian, 32 + 16 x symbols bytes:
 * <pre>
 *   0 accountId | 8 cash | 16 reservedCash | 24 version (sequence of the last event that changed it)
 *  32 + 16 x s: position of symbol s | 40 + 16 x s: reserved position of symbol s   (all longs)
 * </pre>
 */
public final class AccountsView extends ViewMemory {
    static final int ACCOUNT_ID = 0;
    static final int CASH = 8;
    static final int RESERVED_CASH = 16;
    static final int VERSION = 24;
    static final int POSITIONS = 32;
    static final int POSITION_LENGTH = 16;

    private final int symbols;
    private final LongHashIndex recordOfAccount;
    private final SeqlockRecordStore records;
    private int used;

    public AccountsView(TradingViewConfig config, int symbols) {
        this.symbols = symbols;
        this.recordOfAccount = new LongHashIndex(config.maxAccounts());
        this.records = new SeqlockRecordStore(config.maxAccounts(), recordLength(symbols));
    }

    static int recordLength(int symbols) {
        return POSITIONS + POSITION_LENGTH * symbols;
    }

    static int positionOffset(int symbol) {
        return POSITIONS + POSITION_LENGTH * symbol;
    }

    public int symbols() {
        return symbols;
    }

    public long directMemoryBytes() {
        return recordOfAccount.directMemoryBytes() + records.directMemoryBytes();
    }

    /** Writer only: accounts held. */
    public int size() {
        return used;
    }

    void open(long accountId, long cash, long sequence) {
        if (recordOfAccount.get(accountId) != LongHashIndex.MISSING) {
            throw new IllegalStateException("account " + accountId + " opened twice");
        }
        if (used == records.capacity()) {
            throw new ViewCapacityExceededException("accounts view full: " + used + " accounts");
        }
        int record = used;
        int at = records.beginWrite(record);
        MutableDirectBuffer b = records.buffer();
        b.setMemory(at, records.recordLength(), (byte) 0);
        b.putLong(at + ACCOUNT_ID, accountId);
        b.putLong(at + CASH, cash);
        b.putLong(at + VERSION, sequence);
        records.endWrite(record);
        used++;
        recordOfAccount.put(accountId, record);
    }

    /** Writer only: adds the deltas to one account's cash and reserved cash. */
    void changeCash(long accountId, long cash, long reservedCash, long sequence) {
        int record = recordOf(accountId);
        int at = records.beginWrite(record);
        addCash(at, cash, reservedCash, sequence);
        records.endWrite(record);
    }

    /** Writer only: adds the deltas to one account's position and reserved position in {@code symbol}. */
    void changePosition(long accountId, int symbol, long position, long reserved, long sequence) {
        int record = recordOf(accountId);
        int at = records.beginWrite(record);
        addPosition(at, symbol, position, reserved, sequence);
        records.endWrite(record);
    }

    /**
     * Writer only: both legs of a trade. A self-trade changes one record in ONE write, so no reader sees
     * the buyer's leg without the seller's.
     */
    void trade(long buyer, long seller, int symbol, long notional, long quantity, long buyerReservationReleased,
               long sequence) {
        int buyRecord = recordOf(buyer);
        int sellRecord = recordOf(seller);
        int at = records.beginWrite(buyRecord);
        addCash(at, -notional, -buyerReservationReleased, sequence);
        addPosition(at, symbol, quantity, 0, sequence);
        if (sellRecord != buyRecord) {
            records.endWrite(buyRecord);
            at = records.beginWrite(sellRecord);
        }
        addCash(at, notional, 0, sequence);
        addPosition(at, symbol, -quantity, -quantity, sequence);
        records.endWrite(sellRecord);
    }

    private void addCash(int at, long cash, long reservedCash, long sequence) {
        MutableDirectBuffer b = records.buffer();
        b.putLong(at + CASH, b.getLong(at + CASH) + cash);
        b.putLong(at + RESERVED_CASH, b.getLong(at + RESERVED_CASH) + reservedCash);
        b.putLong(at + VERSION, sequence);
    }

    private void addPosition(int at, int symbol, long position, long reserved, long sequence) {
        if (symbol < 0 || symbol >= symbols) {
            throw new IllegalStateException("symbol index " + symbol + " outside the " + symbols + " configured");
        }
        MutableDirectBuffer b = records.buffer();
        int p = at + positionOffset(symbol);
        b.putLong(p, b.getLong(p) + position);
        b.putLong(p + 8, b.getLong(p + 8) + reserved);
        b.putLong(at + VERSION, sequence);
    }

    private int recordOf(long accountId) {
        int record = recordOfAccount.get(accountId);
        if (record == LongHashIndex.MISSING) {
            throw new IllegalStateException("event for account " + accountId + " which the accounts view never saw opened");
        }
        return record;
    }

    /** Any thread: copies account {@code accountId} into {@code into}; false if the view has no such account. */
    public boolean account(long accountId, AccountSnapshot into) {
        int record = recordOfAccount.get(accountId);
        if (record == LongHashIndex.MISSING) {
            return false;
        }
        if (into.symbols() != symbols) {
            throw new IllegalArgumentException("snapshot for " + into.symbols() + " symbols, view has " + symbols);
        }
        UnsafeBuffer scratch = into.scratch();
        if (!records.read(record, scratch, 0)) {
            return false;
        }
        into.decode(scratch);
        return true;
    }

    /** Writer only: bytes {@link #snapshotTo} writes now. */
    @Override
    int snapshotLength() {
        return 2 * Integer.BYTES + recordOfAccount.snapshotLength() + records.snapshotLength(used);
    }

    /** Writer only, between events: copies the accounts as they are in memory. @return the end offset */
    @Override
    int snapshotTo(MutableDirectBuffer into, int offset) {
        into.putInt(offset, symbols);
        into.putInt(offset + 4, used);
        int at = recordOfAccount.snapshotTo(into, offset + 8);
        return records.snapshotTo(used, into, at);
    }

    /** Before any reader sees this (fresh) view: replaces its contents with a snapshot's. @return the end offset */
    @Override
    int restoreFrom(DirectBuffer from, int offset) {
        if (from.getInt(offset) != symbols) {
            throw new IllegalStateException("accounts snapshot for " + from.getInt(offset) + " symbols, view has " + symbols);
        }
        int count = from.getInt(offset + 4);
        int at = recordOfAccount.restoreFrom(from, offset + 8);
        if (from.getInt(at) != count) {
            throw new IllegalStateException("accounts snapshot holds " + from.getInt(at) + " records for " + count + " accounts");
        }
        at = records.restoreFrom(from, at);
        used = count;
        return at;
    }
}
