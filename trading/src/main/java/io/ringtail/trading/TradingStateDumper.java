package io.ringtail.trading;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/** Reads the live state into its canonical {@link TradingStateDump}. Allocates: for tests, hashing and snapshots checks, not the hot path. */
final class TradingStateDumper {
    private TradingStateDumper() {
    }

    static TradingStateDump dump(TradingState state) {
        List<TradingStateDump.AccountEntry> accounts = new ArrayList<>();
        long[] accountIds = state.accounts().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        for (long id : accountIds) {
            Account a = state.account(id);
            List<Long> open = new ArrayList<>();
            for (Order o = a.firstOpen; o != null; o = o.nextOfAccount) {
                open.add(o.orderId);
            }
            accounts.add(new TradingStateDump.AccountEntry(id, a.cash, a.reservedCash, boxed(a.position),
                boxed(a.reservedPosition), a.selfTradePrevention, open));
        }
        List<TradingStateDump.OrderEntry> orders = new ArrayList<>();
        long[] orderIds = state.orders().keySet().stream().mapToLong(Long::longValue).sorted().toArray();
        for (long id : orderIds) {
            Order o = state.order(id);
            orders.add(new TradingStateDump.OrderEntry(id, o.accountId, o.clientOrderIdString(), o.symbol, o.side,
                o.timeInForce, o.price, o.quantity, o.filled, o.status, o.replyStatus, o.replyFilled, o.replyVersion,
                o.orderType, o.postOnly, o.selfTradePrevention, o.budget));
        }
        List<TradingStateDump.LevelEntry> book = new ArrayList<>();
        for (int symbol = 0; symbol < state.symbolCount(); symbol++) {
            for (int side : new int[] {Side.BUY, Side.SELL}) {
                BookSide levels = state.side(symbol, side);
                for (int i = 0; i < levels.levelCount(); i++) {
                    PriceLevel level = levels.levelAt(i);
                    List<Long> ids = new ArrayList<>();
                    for (Order o = level.head; o != null; o = o.next) {
                        ids.add(o.orderId);
                    }
                    book.add(new TradingStateDump.LevelEntry(symbol, side, level.price, ids));
                }
            }
        }
        List<Long> retained = new ArrayList<>();
        for (int i = 0; i < state.retention.size(); i++) {
            retained.add(state.retention.idAt(i));
        }
        List<TradingStateDump.DedupEntry> dedup = new ArrayList<>();
        state.clientOrderIds.forEach(o -> dedup.add(
            new TradingStateDump.DedupEntry(o.accountId, o.clientOrderIdString(), o.orderId)));
        dedup.sort(Comparator.comparingLong(TradingStateDump.DedupEntry::accountId)
            .thenComparing(TradingStateDump.DedupEntry::clientOrderId));
        return new TradingStateDump(state.nextOrderId, state.nextTradeId, state.totalCash, boxed(state.totalPosition),
            accounts, orders, book, retained, dedup);
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
