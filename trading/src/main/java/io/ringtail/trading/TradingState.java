package io.ringtail.trading;

import java.util.List;
import org.agrona.collections.Long2ObjectHashMap;

/**
 * The trading aggregates, pre-sized from {@link TradingLimits}. Handlers only read it; the only writer is
 * {@link TradingEventApplier}. The low-level moves here (open an account, book or unbook an order, retire
 * one) keep the indexes consistent with each other and carry no business rule.
 *
 * <p>Order objects are all created up front. Creating them in chunks on demand in {@code newOrder} was
 * tried: it saved ~230 MB of heap per domain at default limits but cost the writer ~20% in
 * WriterPlaceCancelBenchmark (retention 100,000); with the growth method kept out of line by a JIT flag
 * (CompileCommand=dontinline) one run was back at the old figure, so a growth point off the hot path (say,
 * topping the pool up between batches) would likely keep both.
 * Account objects are created when an account opens (a rare command, off the order path; ~25 MB).
 */
final class TradingState {
    final Instrument[] instruments;
    final TradingLimits limits;
    private final Long2ObjectHashMap<Account> accounts;
    private final Account[] accountPool;
    private int accountCount;
    private final Long2ObjectHashMap<Order> orders;
    /** Every order object, so reset can refill the free stack whatever was handed out. */
    private final Order[] allOrders;
    private final Order[] orderPool;
    private int freeOrders;
    private final BookSide[] bids;
    private final BookSide[] asks;
    final ClientOrderIdIndex clientOrderIds;
    final TerminalOrderRetention retention;

    long nextOrderId;
    long nextTradeId;
    long totalCash;
    final long[] totalPosition;
    int openOrderCount;

    TradingState(List<Instrument> instruments, TradingLimits limits) {
        this.instruments = instruments.toArray(new Instrument[0]);
        this.limits = limits;
        int symbols = this.instruments.length;
        accounts = new Long2ObjectHashMap<>(Math.max(16, limits.maxAccounts() * 2), 0.65f);
        accountPool = new Account[limits.maxAccounts()];
        orders = new Long2ObjectHashMap<>(Math.max(16, limits.orderPoolSize() * 2), 0.65f);
        allOrders = new Order[limits.orderPoolSize()];
        orderPool = new Order[limits.orderPoolSize()];
        for (int i = 0; i < allOrders.length; i++) {
            allOrders[i] = new Order();
        }
        bids = new BookSide[symbols];
        asks = new BookSide[symbols];
        for (int s = 0; s < symbols; s++) {
            bids[s] = new BookSide(true, limits.maxPriceLevels());
            asks[s] = new BookSide(false, limits.maxPriceLevels());
        }
        clientOrderIds = new ClientOrderIdIndex(limits.orderPoolSize());
        retention = new TerminalOrderRetention(limits.terminalOrderRetention());
        totalPosition = new long[symbols];
        reset();
    }

    void reset() {
        accounts.clear();
        accountCount = 0;
        orders.clear();
        for (int i = 0; i < allOrders.length; i++) {
            allOrders[i].clear();
            orderPool[i] = allOrders[i];
        }
        freeOrders = orderPool.length;
        for (int s = 0; s < bids.length; s++) {
            bids[s].clear();
            asks[s].clear();
        }
        clientOrderIds.clear();
        retention.clear();
        nextOrderId = 1;
        nextTradeId = 1;
        totalCash = 0;
        java.util.Arrays.fill(totalPosition, 0);
        openOrderCount = 0;
    }

    int symbolCount() {
        return instruments.length;
    }

    Account account(long accountId) {
        return accounts.get(accountId);
    }

    int accountCount() {
        return accountCount;
    }

    /** The i-th account opened. */
    Account accountAt(int index) {
        return accountPool[index];
    }

    /** Account objects are never returned to the pool: accounts are never closed. */
    Account openAccount(long accountId, long cash, int selfTradePrevention) {
        Account account = accountPool[accountCount];
        if (account == null) {
            account = new Account(instruments.length);
            accountPool[accountCount] = account;
        }
        accountCount++;
        account.open(accountId, cash, selfTradePrevention);
        accounts.put(accountId, account);
        return account;
    }

    Long2ObjectHashMap<Account> accounts() {
        return accounts;
    }

    Order order(long orderId) {
        return orders.get(orderId);
    }

    Long2ObjectHashMap<Order> orders() {
        return orders;
    }

    /** A blank pooled order, registered under {@code orderId}; the caller fills it, then indexes and books it. */
    Order newOrder(long orderId) {
        Order order = orderPool[--freeOrders];
        orderPool[freeOrders] = null;
        order.orderId = orderId;
        orders.put(orderId, order);
        return order;
    }

    /** Drops a terminal order from every index and returns it to the pool. */
    void retire(long orderId) {
        Order order = orders.remove(orderId);
        clientOrderIds.remove(order);
        order.clear();
        orderPool[freeOrders++] = order;
    }

    /** After a snapshot restore: links every open order into its account's list, in id order. Allocates. */
    void relinkOpenOrdersByAccount() {
        for (int i = 0; i < accountCount; i++) {
            accountPool[i].firstOpen = null;
            accountPool[i].lastOpen = null;
        }
        orders.values().stream().filter(o -> OrderStatus.isOpen(o.status))
            .sorted(java.util.Comparator.comparingLong(o -> o.orderId))
            .forEach(o -> account(o.accountId).linkOpen(o));
    }

    BookSide side(int symbol, int side) {
        return side == Side.BUY ? bids[symbol] : asks[symbol];
    }
}
