package io.ringtail.trading;

import java.util.List;

/**
 * The whole trading state in canonical order, independent of allocation history: accounts and orders by
 * id, book levels best first with their orders in time priority, the retention queue oldest first, and
 * the clientOrderId index by (account, id). Records compare field by field and print readably, which is
 * what tests want; {@link #hash()} folds the same content into the domain's state hash.
 */
public record TradingStateDump(long nextOrderId, long nextTradeId, long totalCash, List<Long> totalPositions,
                               List<AccountEntry> accounts, List<OrderEntry> orders, List<LevelEntry> book,
                               List<Long> retainedTerminalOrders, List<DedupEntry> clientOrderIds) {

    /** {@code openOrderIds}: the account's open orders in the order MASS_CANCEL walks them (oldest first). */
    public record AccountEntry(long accountId, long cash, long reservedCash, List<Long> positions,
                               List<Long> reservedPositions, int selfTradePrevention, List<Long> openOrderIds) {
    }

    public record OrderEntry(long orderId, long accountId, String clientOrderId, int symbol, int side,
                             int timeInForce, long price, long quantity, long filled, int status,
                             int replyStatus, long replyFilled, long replyVersion,
                             int orderType, boolean postOnly, int selfTradePrevention, long budget) {
    }

    /** {@code side} is {@link Side#BUY} or {@link Side#SELL}; {@code orderIds} in time priority. */
    public record LevelEntry(int symbol, int side, long price, List<Long> orderIds) {
    }

    public record DedupEntry(long accountId, String clientOrderId, long orderId) {
    }

    /** A 64-bit hash of every field in canonical order: equal dumps give equal hashes. */
    public long hash() {
        Hasher h = new Hasher();
        h.add(nextOrderId).add(nextTradeId).add(totalCash).addAll(totalPositions);
        h.add(accounts.size());
        for (AccountEntry a : accounts) {
            h.add(a.accountId).add(a.cash).add(a.reservedCash).addAll(a.positions).addAll(a.reservedPositions)
                .add(a.selfTradePrevention).addAll(a.openOrderIds);
        }
        h.add(orders.size());
        for (OrderEntry o : orders) {
            h.add(o.orderId).add(o.accountId).add(o.clientOrderId).add(o.symbol).add(o.side).add(o.timeInForce)
                .add(o.price).add(o.quantity).add(o.filled).add(o.status).add(o.replyStatus).add(o.replyFilled)
                .add(o.replyVersion).add(o.orderType).add(o.postOnly ? 1 : 0).add(o.selfTradePrevention).add(o.budget);
        }
        h.add(book.size());
        for (LevelEntry l : book) {
            h.add(l.symbol).add(l.side).add(l.price).addAll(l.orderIds);
        }
        h.addAll(retainedTerminalOrders);
        h.add(clientOrderIds.size());
        for (DedupEntry d : clientOrderIds) {
            h.add(d.accountId).add(d.clientOrderId).add(d.orderId);
        }
        return h.value;
    }

    private static final class Hasher {
        private long value = 0x6A09E667F3BCC908L;

        Hasher add(long x) {
            value = Long.rotateLeft((value ^ x) * 0x9E3779B97F4A7C15L, 29) + 0x632BE59BD9B4E019L;
            return this;
        }

        Hasher add(String s) {
            add(s.length());
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i));
            }
            return this;
        }

        Hasher addAll(List<Long> values) {
            add(values.size());
            for (long v : values) {
                add(v);
            }
            return this;
        }
    }
}
