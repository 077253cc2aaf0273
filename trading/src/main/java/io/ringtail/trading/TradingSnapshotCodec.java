package io.ringtail.trading;

import io.ringtail.engine.domain.SnapshotCodec;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;

/**
 * The trading state as one snapshot payload (format 2, little-endian, fields back to back; format 2 added
 * the issue #22 fields: an account's default selfTradePrevention, an order's type, postOnly, mode and budget):
 *
 * <pre>
 *  instruments  int count, then per instrument: byte length + ASCII symbol, long tickSize, long lotSize
 *  counters     long nextOrderId, long nextTradeId, long totalCash, int openOrderCount,
 *               long totalPosition[symbols], long placingCommandId, long placingOrderId
 *  accounts     int count, then in opening order: long accountId, cash, reservedCash,
 *               long position[symbols], long reservedPosition[symbols], byte selfTradePrevention
 *  orders       int count, then every held order (open or retained terminal): long orderId, accountId,
 *               int symbol, side, timeInForce, status, long price, quantity, filled,
 *               int replyStatus, long replyFilled, replyVersion, long clientOrderIdHash,
 *               byte clientOrderId length + its bytes, byte orderType, byte postOnly,
 *               byte selfTradePrevention, long budget
 *  books        per symbol, bids then asks: int levelCount, then best first: long price, int orderCount,
 *               long orderId[orderCount] in time priority
 *  retention    int count, long orderId[count] oldest first
 * </pre>
 *
 * Orders are written once and referred to by id elsewhere, so reading rebuilds the order map, the
 * clientOrderId index, the books and the retention queue from the same objects, as event application
 * would (each account's list of open orders included, relinked in id order). The instruments are checked on reading: a snapshot taken under another configuration is refused.
 */
final class TradingSnapshotCodec implements SnapshotCodec {
    static final int FORMAT_VERSION = 2;

    private final TradingState state;
    private final TradingEventApplier applier;
    private MutableDirectBuffer out;
    private DirectBuffer in;
    private int position;
    private int limit;

    TradingSnapshotCodec(TradingState state, TradingEventApplier applier) {
        this.state = state;
        this.applier = applier;
    }

    @Override
    public int formatVersion() {
        return FORMAT_VERSION;
    }

    @Override
    public int write(MutableDirectBuffer buffer) {
        out = buffer;
        position = 0;
        int symbols = state.symbolCount();
        putInt(symbols);
        for (Instrument instrument : state.instruments) {
            String symbol = instrument.symbol();
            putByte(symbol.length());
            for (int i = 0; i < symbol.length(); i++) {
                putByte(symbol.charAt(i));
            }
            putLong(instrument.tickSize());
            putLong(instrument.lotSize());
        }

        putLong(state.nextOrderId);
        putLong(state.nextTradeId);
        putLong(state.totalCash);
        putInt(state.openOrderCount);
        for (int s = 0; s < symbols; s++) {
            putLong(state.totalPosition[s]);
        }
        putLong(applier.placingCommandId());
        putLong(applier.placingOrderId());

        putInt(state.accountCount());
        for (int i = 0; i < state.accountCount(); i++) {
            Account account = state.accountAt(i);
            putLong(account.accountId);
            putLong(account.cash);
            putLong(account.reservedCash);
            for (int s = 0; s < symbols; s++) {
                putLong(account.position[s]);
            }
            for (int s = 0; s < symbols; s++) {
                putLong(account.reservedPosition[s]);
            }
            putByte(account.selfTradePrevention);
        }

        putInt(state.orders().size());
        for (Order order : state.orders().values()) {
            writeOrder(order);
        }

        for (int s = 0; s < symbols; s++) {
            writeBookSide(state.side(s, Side.BUY));
            writeBookSide(state.side(s, Side.SELL));
        }

        TerminalOrderRetention retention = state.retention;
        putInt(retention.size());
        for (int i = 0; i < retention.size(); i++) {
            putLong(retention.idAt(i));
        }
        out = null;
        return position;
    }

    @Override
    public void read(DirectBuffer buffer, int length, int formatVersion) {
        if (formatVersion != FORMAT_VERSION) {
            throw new IllegalStateException("unsupported trading snapshot format " + formatVersion + ", expected " + FORMAT_VERSION);
        }
        in = buffer;
        position = 0;
        limit = length;
        try {
            readAll();
            if (position != limit) {
                throw new IllegalStateException("trading snapshot has " + (limit - position) + " unread bytes at its end");
            }
        } finally {
            in = null;
        }
    }

    private void readAll() {
        int symbols = getInt();
        if (symbols != state.symbolCount()) {
            throw new IllegalStateException("trading snapshot has " + symbols + " instruments, configured " + state.symbolCount());
        }
        for (Instrument configured : state.instruments) {
            int length = getByte();
            StringBuilder symbol = new StringBuilder(length);
            for (int i = 0; i < length; i++) {
                symbol.append((char) getByte());
            }
            Instrument snapshotted = new Instrument(symbol.toString(), getLong(), getLong());
            if (!snapshotted.equals(configured)) {
                throw new IllegalStateException("trading snapshot instrument " + snapshotted + " differs from configured " + configured);
            }
        }

        state.nextOrderId = getLong();
        state.nextTradeId = getLong();
        state.totalCash = getLong();
        state.openOrderCount = getInt();
        for (int s = 0; s < symbols; s++) {
            state.totalPosition[s] = getLong();
        }
        long placingCommandId = getLong();
        long placingOrderId = getLong();
        applier.restorePlacing(placingCommandId, placingOrderId);

        int accounts = getCount(state.limits.maxAccounts(), "accounts");
        for (int i = 0; i < accounts; i++) {
            long accountId = getLong();
            if (state.account(accountId) != null) {
                throw new IllegalStateException("trading snapshot holds account " + accountId + " twice");
            }
            Account account = state.openAccount(accountId, getLong(), SelfTradePrevention.ALLOW);
            account.reservedCash = getLong();
            for (int s = 0; s < symbols; s++) {
                account.position[s] = getLong();
            }
            for (int s = 0; s < symbols; s++) {
                account.reservedPosition[s] = getLong();
            }
            account.selfTradePrevention = getMode("account " + accountId);
        }

        int orders = getCount(state.limits.orderPoolSize(), "orders");
        for (int i = 0; i < orders; i++) {
            readOrder();
        }

        for (int s = 0; s < symbols; s++) {
            readBookSide(state.side(s, Side.BUY));
            readBookSide(state.side(s, Side.SELL));
        }

        int retained = getCount(state.retention.capacity(), "retained terminal orders");
        for (int i = 0; i < retained; i++) {
            long orderId = getLong();
            if (state.order(orderId) == null) {
                throw new IllegalStateException("trading snapshot retains unknown order " + orderId);
            }
            state.retention.onTerminal(orderId);
        }
        state.relinkOpenOrdersByAccount();
    }

    private int getMode(String of) {
        int mode = getByte();
        if (!SelfTradePrevention.isMode(mode)) {
            throw new IllegalStateException("trading snapshot " + of + " has self-trade prevention " + mode);
        }
        return mode;
    }

    private void writeOrder(Order order) {
        putLong(order.orderId);
        putLong(order.accountId);
        putInt(order.symbol);
        putInt(order.side);
        putInt(order.timeInForce);
        putInt(order.status);
        putLong(order.price);
        putLong(order.quantity);
        putLong(order.filled);
        putInt(order.replyStatus);
        putLong(order.replyFilled);
        putLong(order.replyVersion);
        putLong(order.clientOrderIdHash);
        putByte(order.clientOrderIdLength);
        out.putBytes(position, order.clientOrderId, 0, order.clientOrderIdLength);
        position += order.clientOrderIdLength;
        putByte(order.orderType);
        putByte(order.postOnly ? 1 : 0);
        putByte(order.selfTradePrevention);
        putLong(order.budget);
    }

    private void readOrder() {
        long orderId = getLong();
        if (state.order(orderId) != null) {
            throw new IllegalStateException("trading snapshot holds order " + orderId + " twice");
        }
        Order order = state.newOrder(orderId);
        order.accountId = getLong();
        order.symbol = getInt();
        if (order.symbol < 0 || order.symbol >= state.symbolCount()) {
            throw new IllegalStateException("trading snapshot order " + orderId + " has symbol index " + order.symbol);
        }
        order.side = getInt();
        order.timeInForce = getInt();
        order.status = getInt();
        order.price = getLong();
        order.quantity = getLong();
        order.filled = getLong();
        order.replyStatus = getInt();
        order.replyFilled = getLong();
        order.replyVersion = getLong();
        order.clientOrderIdHash = getLong();
        int length = getByte();
        if (length > ClientOrderIds.MAX_LENGTH) {
            throw new IllegalStateException("trading snapshot order " + orderId + " has a clientOrderId of " + length + " bytes");
        }
        need(length);
        in.getBytes(position, order.clientOrderId, 0, length);
        position += length;
        order.clientOrderIdLength = length;
        order.orderType = getByte();
        order.postOnly = getByte() == 1;
        order.selfTradePrevention = getMode("order " + orderId);
        order.budget = getLong();
        state.clientOrderIds.add(order);
    }

    private void writeBookSide(BookSide side) {
        putInt(side.levelCount());
        for (int i = 0; i < side.levelCount(); i++) {
            PriceLevel level = side.levelAt(i);
            putLong(level.price);
            putInt(level.orderCount);
            for (Order order = level.head; order != null; order = order.next) {
                putLong(order.orderId);
            }
        }
    }

    private void readBookSide(BookSide side) {
        int levels = getCount(state.limits.maxPriceLevels(), "price levels on one side");
        for (int i = 0; i < levels; i++) {
            long price = getLong();
            int orders = getCount(Integer.MAX_VALUE, "orders in a level");
            for (int j = 0; j < orders; j++) {
                long orderId = getLong();
                Order order = state.order(orderId);
                if (order == null || order.price != price || order.level != null) {
                    throw new IllegalStateException("trading snapshot books order " + orderId + " at " + price
                        + " but that order is " + (order == null ? "unknown" : order.level != null ? "booked twice" : "at " + order.price));
                }
                side.add(order);
            }
        }
    }

    private int getCount(int max, String what) {
        int count = getInt();
        if (count < 0 || count > max) {
            throw new IllegalStateException("trading snapshot holds " + count + " " + what + ", more than the configured " + max);
        }
        return count;
    }

    private void putByte(int value) {
        out.putByte(position, (byte) value);
        position += Byte.BYTES;
    }

    private void putInt(int value) {
        out.putInt(position, value);
        position += Integer.BYTES;
    }

    private void putLong(long value) {
        out.putLong(position, value);
        position += Long.BYTES;
    }

    private int getByte() {
        need(Byte.BYTES);
        int value = in.getByte(position) & 0xFF;
        position += Byte.BYTES;
        return value;
    }

    private int getInt() {
        need(Integer.BYTES);
        int value = in.getInt(position);
        position += Integer.BYTES;
        return value;
    }

    private long getLong() {
        need(Long.BYTES);
        long value = in.getLong(position);
        position += Long.BYTES;
        return value;
    }

    private void need(int bytes) {
        if (position + bytes > limit) {
            throw new IllegalStateException("trading snapshot ends early: " + bytes + " bytes needed at " + position + " of " + limit);
        }
    }
}
