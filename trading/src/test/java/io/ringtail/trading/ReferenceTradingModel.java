package io.ringtail.trading;

import static io.ringtail.trading.TradingReasons.*;

import io.ringtail.engine.domain.Reasons;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.*;

/**
 * A deliberately naive implementation of the trading rules: plain objects, TreeMaps and lists, direct
 * mutation, no events. It counts the events the real domain would emit only to know the version numbers.
 * The differential test checks the real domain against it reply by reply and state by state.
 */
final class ReferenceTradingModel {
    static final class Acct {
        long id, cash, reservedCash;
        long[] position, reservedPosition;
        int stp;
    }

    static final class Ord {
        long id, account, price, quantity, filled, replyFilled, replyVersion, budget, budgetLeft;
        String cid;
        int symbol, side, tif, status, replyStatus, type, stp;
        boolean postOnly;

        long open() { return quantity - filled; }
    }

    private final List<Instrument> instruments;
    private final TradingLimits limits;
    private final TreeMap<Long, Acct> accounts = new TreeMap<>();
    private final TreeMap<Long, Ord> orders = new TreeMap<>();
    private final List<TreeMap<Long, List<Ord>>> bids = new ArrayList<>();
    private final List<TreeMap<Long, List<Ord>>> asks = new ArrayList<>();
    private final ArrayDeque<Long> retained = new ArrayDeque<>();
    private final Map<String, Ord> byClientOrderId = new HashMap<>();
    private long nextOrderId = 1, nextTradeId = 1, totalCash, lastSequence;
    private final long[] totalPosition;
    private int events;
    /** How often each issue #22 rule actually acted, so a test can insist that the workload reached it. */
    final Map<String, Integer> coverage = new TreeMap<>();

    private void covered(String rule) {
        coverage.merge(rule, 1, Integer::sum);
    }

    ReferenceTradingModel(List<Instrument> instruments, TradingLimits limits) {
        this.instruments = instruments;
        this.limits = limits;
        for (int i = 0; i < instruments.size(); i++) {
            bids.add(new TreeMap<>(Comparator.reverseOrder()));
            asks.add(new TreeMap<>());
        }
        totalPosition = new long[instruments.size()];
    }

    Long ownerOf(long orderId) {
        Ord o = orders.get(orderId);
        return o == null ? null : o.account;
    }

    long nextOrderId() {
        return nextOrderId;
    }

    ModelReply apply(TradingCommand c) {
        events = 0;
        long[] reply = new long[3];
        int reason;
        if (TradingCommandEncoder.expectedLength(c.type()) < 0) {
            reason = Reasons.UNKNOWN_COMMAND;
        } else if (c.lengthDelta() != 0) {
            reason = MALFORMED_COMMAND;
        } else {
            reason = switch (c.type()) {
                case TradingCommandType.OPEN_ACCOUNT -> openAccount(c);
                case TradingCommandType.DEPOSIT_CASH -> cash(c, true);
                case TradingCommandType.WITHDRAW_CASH -> cash(c, false);
                case TradingCommandType.DEPOSIT_POSITION -> position(c, true);
                case TradingCommandType.WITHDRAW_POSITION -> position(c, false);
                case TradingCommandType.PLACE_ORDER -> place(c, reply);
                case TradingCommandType.CANCEL_ORDER -> cancel(c, reply);
                case TradingCommandType.MASS_CANCEL -> massCancel(c, reply);
                default -> amend(c, reply);
            };
        }
        if (reason == DUPLICATE_REPLY) {
            Ord o = orders.get(reply[0]);
            return new ModelReply(Reasons.ACCEPTED, o.replyVersion, o.id, o.replyStatus, o.replyFilled, true);
        }
        if (reason != Reasons.ACCEPTED) {
            return new ModelReply(reason, lastSequence, 0, 0, 0, false);
        }
        lastSequence += events;
        if (c.type() == TradingCommandType.PLACE_ORDER && orders.containsKey(reply[0])) {
            Ord o = orders.get(reply[0]);
            o.replyStatus = o.status;
            o.replyFilled = o.filled;
            o.replyVersion = lastSequence;
        }
        return new ModelReply(reason, lastSequence, reply[0], (int) reply[1], reply[2], false);
    }

    private static final int DUPLICATE_REPLY = -100;

    private int openAccount(TradingCommand c) {
        if (c.accountId() <= 0) return INVALID_ACCOUNT_ID;
        if (c.amount() < 0) return INVALID_AMOUNT;
        if (c.selfTradePrevention() < 0 || c.selfTradePrevention() > 4) return INVALID_SELF_TRADE_PREVENTION;
        if (accounts.containsKey(c.accountId())) return DUPLICATE_ACCOUNT;
        if (accounts.size() >= limits.maxAccounts()) return CAPACITY_EXCEEDED;
        if (!fits(BigInteger.valueOf(totalCash).add(BigInteger.valueOf(c.amount())), Long.MAX_VALUE)) return INVALID_AMOUNT;
        Acct a = new Acct();
        a.id = c.accountId();
        a.cash = c.amount();
        a.position = new long[instruments.size()];
        a.reservedPosition = new long[instruments.size()];
        a.stp = c.selfTradePrevention() == 0 ? SelfTradePrevention.ALLOW : c.selfTradePrevention();
        accounts.put(a.id, a);
        totalCash += c.amount();
        events = 1;
        return Reasons.ACCEPTED;
    }

    private int cash(TradingCommand c, boolean deposit) {
        Acct a = accounts.get(c.accountId());
        if (a == null) return UNKNOWN_ACCOUNT;
        if (c.amount() <= 0) return INVALID_AMOUNT;
        if (deposit && !fits(BigInteger.valueOf(totalCash).add(BigInteger.valueOf(c.amount())), Long.MAX_VALUE)) return INVALID_AMOUNT;
        if (!deposit && c.amount() > a.cash - a.reservedCash) return INSUFFICIENT_BUYING_POWER;
        long signed = deposit ? c.amount() : -c.amount();
        a.cash += signed;
        totalCash += signed;
        events = 1;
        return Reasons.ACCEPTED;
    }

    private int position(TradingCommand c, boolean deposit) {
        Acct a = accounts.get(c.accountId());
        if (a == null) return UNKNOWN_ACCOUNT;
        if (c.symbol() < 0 || c.symbol() >= instruments.size()) return UNKNOWN_SYMBOL;
        if (c.quantity() <= 0) return INVALID_QUANTITY;
        if (deposit && totalPosition[c.symbol()] + c.quantity() > TradingLimits.MAX_TOTAL_POSITION) return INVALID_QUANTITY;
        if (!deposit && c.quantity() > a.position[c.symbol()] - a.reservedPosition[c.symbol()]) return INSUFFICIENT_POSITION;
        long signed = deposit ? c.quantity() : -c.quantity();
        a.position[c.symbol()] += signed;
        totalPosition[c.symbol()] += signed;
        events = 1;
        return Reasons.ACCEPTED;
    }

    private int place(TradingCommand c, long[] reply) {
        byte[] cid = c.clientOrderId();
        if (cid.length < 1 || cid.length > 64) return INVALID_CLIENT_ORDER_ID;
        for (byte b : cid) {
            if (b < 0x20 || b > 0x7E) return INVALID_CLIENT_ORDER_ID;
        }
        Acct a = accounts.get(c.accountId());
        if (a == null) return UNKNOWN_ACCOUNT;
        String key = a.id + "/" + new String(cid, StandardCharsets.US_ASCII);
        if (byClientOrderId.containsKey(key)) {
            reply[0] = byClientOrderId.get(key).id;
            return DUPLICATE_REPLY;
        }
        if (c.symbol() < 0 || c.symbol() >= instruments.size()) return UNKNOWN_SYMBOL;
        if (c.side() != Side.BUY && c.side() != Side.SELL) return INVALID_SIDE;
        int tif = c.timeInForce();
        if (tif != TimeInForce.GTC && tif != TimeInForce.IOC && tif != TimeInForce.FOK) return INVALID_TIME_IN_FORCE;
        if (c.orderType() != OrderType.LIMIT && c.orderType() != OrderType.MARKET) return INVALID_ORDER_TYPE;
        if (c.postOnly() != 0 && c.postOnly() != 1) return INVALID_ORDER_TYPE;
        boolean market = c.orderType() == OrderType.MARKET;
        if (market && tif == TimeInForce.GTC) return INVALID_TIME_IN_FORCE;
        if (c.postOnly() == 1 && (market || tif != TimeInForce.GTC)) return INVALID_ORDER_TYPE;
        if (c.selfTradePrevention() < 0 || c.selfTradePrevention() > 4) return INVALID_SELF_TRADE_PREVENTION;
        long budget = c.budget();
        if (budget != 0 && (budget < 0 || !market || c.side() != Side.BUY || c.price() != 0)) return INVALID_BUDGET;
        Instrument instrument = instruments.get(c.symbol());
        if (budget == 0 && (c.price() <= 0 || c.price() % instrument.tickSize() != 0)) return INVALID_PRICE;
        if (c.quantity() <= 0 || c.quantity() % instrument.lotSize() != 0) return INVALID_QUANTITY;
        BigInteger notional = budget > 0 ? BigInteger.valueOf(budget)
            : BigInteger.valueOf(c.price()).multiply(BigInteger.valueOf(c.quantity()));
        if (!fits(notional, Long.MAX_VALUE)) return INVALID_AMOUNT;
        if (openOrders() >= limits.maxOpenOrders()) return CAPACITY_EXCEEDED;
        if (c.side() == Side.BUY && notional.longValueExact() > a.cash - a.reservedCash) return INSUFFICIENT_BUYING_POWER;
        if (c.side() == Side.SELL
            && c.quantity() > a.position[c.symbol()] - a.reservedPosition[c.symbol()] + limits.maxShortPosition()) {
            return INSUFFICIENT_POSITION;
        }
        if (c.postOnly() == 1 && crossesBest(c.symbol(), c.side(), c.price())) return WOULD_CROSS;
        int stp = c.selfTradePrevention() == 0 ? a.stp : c.selfTradePrevention();
        long[] plan = plan(c.symbol(), c.side(), c.price(), c.quantity(), budget, stp, a.id);
        if (tif == TimeInForce.FOK && plan[0] < c.quantity()) return FOK_NOT_FILLABLE;
        boolean rests = tif == TimeInForce.GTC && plan[0] < c.quantity() && plan[1] == 0;
        TreeMap<Long, List<Ord>> own = book(c.symbol(), c.side());
        if (rests && !own.containsKey(c.price()) && own.size() >= limits.maxPriceLevels()) return CAPACITY_EXCEEDED;

        Ord o = new Ord();
        o.id = nextOrderId++;
        o.account = a.id;
        o.cid = new String(cid, StandardCharsets.US_ASCII);
        o.symbol = c.symbol();
        o.side = c.side();
        o.tif = tif;
        o.price = c.price();
        o.quantity = c.quantity();
        o.status = OrderStatus.NEW;
        o.type = c.orderType();
        o.postOnly = c.postOnly() == 1;
        o.stp = stp;
        o.budget = budget;
        o.budgetLeft = budget;
        orders.put(o.id, o);
        byClientOrderId.put(key, o);
        adjustReservation(o, o.side == Side.BUY ? (budget > 0 ? budget : o.price * o.quantity) : o.quantity);
        events = 1;
        boolean stopped = match(o);
        if (tif == TimeInForce.FOK) covered("FOK filled");
        if (o.postOnly) covered("post-only rested");
        if (market && o.filled > 0) covered(budget > 0 ? "budget market filled" : "protected market filled");
        if (market && budget > 0 && o.open() > 0 && !stopped) covered("budget ran out");
        if (budget > 0 && o.open() == 0) {
            adjustReservation(o, -o.budgetLeft);
            covered("budget market filled completely");
        }
        if (o.open() > 0 && (tif != TimeInForce.GTC || stopped)) {
            adjustReservation(o, o.side == Side.BUY ? -(budget > 0 ? o.budgetLeft : o.price * o.open()) : -o.open());
            o.status = OrderStatus.CANCELLED;
            events++;
            terminal(o);
        } else if (o.open() > 0) {
            own.computeIfAbsent(o.price, p -> new ArrayList<>()).add(o);
        }
        reply[0] = o.id;
        reply[1] = o.status;
        reply[2] = o.filled;
        return Reasons.ACCEPTED;
    }

    private int cancel(TradingCommand c, long[] reply) {
        Ord o = orders.get(c.orderId());
        int check = checkOwnOpen(c, o);
        if (check != Reasons.ACCEPTED) return check;
        adjustReservation(o, o.side == Side.BUY ? -o.price * o.open() : -o.open());
        unbook(o);
        o.status = OrderStatus.CANCELLED;
        terminal(o);
        events = 1;
        reply[0] = o.id;
        reply[1] = o.status;
        reply[2] = o.filled;
        return Reasons.ACCEPTED;
    }

    private int amend(TradingCommand c, long[] reply) {
        Ord o = orders.get(c.orderId());
        int check = checkOwnOpen(c, o);
        if (check != Reasons.ACCEPTED) return check;
        Acct a = accounts.get(o.account);
        Instrument instrument = instruments.get(o.symbol);
        if (c.price() < 0 || c.price() % instrument.tickSize() != 0) return INVALID_PRICE;
        if (c.quantity() < 0 || c.quantity() % instrument.lotSize() != 0) return INVALID_QUANTITY;
        long price = c.price() == 0 ? o.price : c.price();
        long quantity = c.quantity() == 0 ? o.quantity : c.quantity();
        if (quantity <= o.filled) return INVALID_QUANTITY;
        if (price == o.price && quantity == o.quantity) return INVALID_AMEND;
        long open = quantity - o.filled;
        BigInteger newReservation = o.side == Side.BUY
            ? BigInteger.valueOf(price).multiply(BigInteger.valueOf(open)) : BigInteger.valueOf(open);
        if (!fits(newReservation, Long.MAX_VALUE)) return INVALID_AMOUNT;
        long delta = newReservation.longValueExact() - (o.side == Side.BUY ? o.price * o.open() : o.open());
        if (o.side == Side.BUY && delta > a.cash - a.reservedCash) return INSUFFICIENT_BUYING_POWER;
        if (o.side == Side.SELL && delta > a.position[o.symbol] - a.reservedPosition[o.symbol] + limits.maxShortPosition()) {
            return INSUFFICIENT_POSITION;
        }
        boolean keepsPriority = price == o.price && quantity < o.quantity;
        if (o.postOnly && !keepsPriority && crossesBest(o.symbol, o.side, price)) return WOULD_CROSS;
        long[] plan = keepsPriority ? new long[2] : plan(o.symbol, o.side, price, open, 0, o.stp, o.account);
        if (!keepsPriority && plan[0] < open && plan[1] == 0) {
            TreeMap<Long, List<Ord>> own = book(o.symbol, o.side);
            boolean aloneAtOldLevel = own.get(o.price).size() == 1;
            int levelsAfterLeaving = own.size() - (aloneAtOldLevel ? 1 : 0);
            boolean levelExistsAfterLeaving = own.containsKey(price) && !(price == o.price && aloneAtOldLevel);
            if (!levelExistsAfterLeaving && levelsAfterLeaving >= limits.maxPriceLevels()) return CAPACITY_EXCEEDED;
        }
        adjustReservation(o, delta);
        events = 1;
        if (keepsPriority) {
            o.quantity = quantity;
        } else {
            unbook(o);
            o.price = price;
            o.quantity = quantity;
            boolean stopped = match(o);
            if (stopped) covered("STP on amend");
            if (o.open() > 0 && stopped) {
                adjustReservation(o, o.side == Side.BUY ? -o.price * o.open() : -o.open());
                o.status = OrderStatus.CANCELLED;
                events++;
                terminal(o);
            } else if (o.open() > 0) {
                book(o.symbol, o.side).computeIfAbsent(o.price, p -> new ArrayList<>()).add(o);
            }
        }
        reply[0] = o.id;
        reply[1] = o.status;
        reply[2] = o.filled;
        return Reasons.ACCEPTED;
    }

    private int massCancel(TradingCommand c, long[] reply) {
        Acct a = accounts.get(c.accountId());
        if (a == null) return UNKNOWN_ACCOUNT;
        if (c.symbol() != -1 && (c.symbol() < 0 || c.symbol() >= instruments.size())) return UNKNOWN_SYMBOL;
        if (c.side() != 0 && c.side() != Side.BUY && c.side() != Side.SELL) return INVALID_SIDE;
        long count = 0;
        for (Ord o : new ArrayList<>(orders.values())) {
            boolean open = o.status == OrderStatus.NEW || o.status == OrderStatus.PARTIALLY_FILLED;
            if (open && o.account == a.id && (c.symbol() == -1 || o.symbol == c.symbol())
                && (c.side() == 0 || o.side == c.side())) {
                adjustReservation(o, o.side == Side.BUY ? -o.price * o.open() : -o.open());
                unbook(o);
                o.status = OrderStatus.CANCELLED;
                terminal(o);
                events++;
                count++;
            }
        }
        reply[0] = count;
        if (count > 1) covered("mass cancel of several");
        return Reasons.ACCEPTED;
    }

    private boolean crossesBest(int symbol, int side, long price) {
        TreeMap<Long, List<Ord>> opposite = book(symbol, Side.opposite(side));
        if (opposite.isEmpty()) return false;
        return side == Side.BUY ? opposite.firstKey() <= price : opposite.firstKey() >= price;
    }

    /** What a taker would fill, and 1 when self-trade prevention would stop it, without touching anything. */
    private long[] plan(int symbol, int side, long limit, long quantity, long budget, int stp, long account) {
        long lot = instruments.get(symbol).lotSize();
        long filled = 0, left = budget;
        for (Map.Entry<Long, List<Ord>> level : book(symbol, Side.opposite(side)).entrySet()) {
            long p = level.getKey();
            if (budget == 0 && (side == Side.BUY ? p > limit : p < limit)) break;
            for (Ord maker : level.getValue()) {
                if (filled == quantity) return new long[] {filled, 0};
                if (budget > 0 && left < p * lot) return new long[] {filled, 0};
                if (maker.account == account && stp != SelfTradePrevention.ALLOW) {
                    if (stp == SelfTradePrevention.CANCEL_NEWEST || stp == SelfTradePrevention.CANCEL_BOTH) {
                        return new long[] {filled, 1};
                    }
                    continue;
                }
                long q = Math.min(quantity - filled, maker.open());
                if (budget > 0) {
                    q = Math.min(q, left / p / lot * lot);
                    left -= p * q;
                }
                filled += q;
            }
        }
        return new long[] {filled, 0};
    }

    /** Another account's order, by the named account or by the requester's, is as unknown as a missing one. */
    private int checkOwnOpen(TradingCommand c, Ord o) {
        if (o == null) return UNKNOWN_ORDER;
        if (c.accountId() != 0 && o.account != c.accountId()) return UNKNOWN_ORDER;
        if (c.requester() != null && Arrays.stream(c.requester()).noneMatch(account -> account == o.account)) {
            return UNKNOWN_ORDER;
        }
        if (o.status != OrderStatus.NEW && o.status != OrderStatus.PARTIALLY_FILLED) return ORDER_NOT_OPEN;
        return Reasons.ACCEPTED;
    }

    /**
     * Trades the taker (not in the book) against the opposite side, best price first, oldest first, with
     * self-trade prevention and a budget; true when self-trade prevention stopped it.
     */
    private boolean match(Ord taker) {
        TreeMap<Long, List<Ord>> opposite = book(taker.symbol, Side.opposite(taker.side));
        long lot = instruments.get(taker.symbol).lotSize();
        while (taker.open() > 0 && !opposite.isEmpty()) {
            long levelPrice = opposite.firstKey();
            if (taker.budget == 0 && (taker.side == Side.BUY ? levelPrice > taker.price : levelPrice < taker.price)) break;
            Ord maker = opposite.firstEntry().getValue().get(0);
            if (taker.budget > 0 && taker.budgetLeft < levelPrice * lot) break;
            if (maker.account == taker.account && taker.stp != SelfTradePrevention.ALLOW) {
                if (taker.stp == SelfTradePrevention.CANCEL_OLDEST || taker.stp == SelfTradePrevention.CANCEL_BOTH) {
                    adjustReservation(maker, maker.side == Side.BUY ? -maker.price * maker.open() : -maker.open());
                    unbook(maker);
                    maker.status = OrderStatus.CANCELLED;
                    terminal(maker);
                    events++;
                }
                covered("STP " + SelfTradePrevention.name(taker.stp));
                if (taker.stp == SelfTradePrevention.CANCEL_OLDEST) continue;
                return true;
            }
            long quantity = Math.min(taker.open(), maker.open());
            if (taker.budget > 0) {
                quantity = Math.min(quantity, taker.budgetLeft / levelPrice / lot * lot);
                taker.budgetLeft -= levelPrice * quantity;
            }
            Ord buy = taker.side == Side.BUY ? taker : maker;
            Ord sell = taker.side == Side.BUY ? maker : taker;
            Acct buyer = accounts.get(buy.account);
            Acct seller = accounts.get(sell.account);
            buyer.reservedCash -= buy.budget > 0 ? levelPrice * quantity : buy.price * quantity;
            buyer.cash -= levelPrice * quantity;
            buyer.position[taker.symbol] += quantity;
            seller.reservedPosition[taker.symbol] -= quantity;
            seller.position[taker.symbol] -= quantity;
            seller.cash += levelPrice * quantity;
            nextTradeId++;
            events++;
            for (Ord o : new Ord[] {buy, sell}) {
                o.filled += quantity;
                o.status = o.filled == o.quantity ? OrderStatus.FILLED : OrderStatus.PARTIALLY_FILLED;
                if (o.status == OrderStatus.FILLED) {
                    if (o == maker) unbook(o);
                    terminal(o);
                }
            }
        }
        return false;
    }

    private void unbook(Ord o) {
        TreeMap<Long, List<Ord>> side = book(o.symbol, o.side);
        List<Ord> level = side.get(o.price);
        if (level != null && level.remove(o) && level.isEmpty()) side.remove(o.price);
    }

    private void terminal(Ord o) {
        retained.addLast(o.id);
        if (retained.size() > limits.terminalOrderRetention()) {
            Ord old = orders.remove(retained.removeFirst());
            byClientOrderId.remove(old.account + "/" + old.cid);
        }
    }

    private void adjustReservation(Ord o, long amount) {
        Acct a = accounts.get(o.account);
        if (o.side == Side.BUY) a.reservedCash += amount;
        else a.reservedPosition[o.symbol] += amount;
    }

    private int openOrders() {
        int open = 0;
        for (TreeMap<Long, List<Ord>> side : bids) for (List<Ord> l : side.values()) open += l.size();
        for (TreeMap<Long, List<Ord>> side : asks) for (List<Ord> l : side.values()) open += l.size();
        return open;
    }

    private TreeMap<Long, List<Ord>> book(int symbol, int side) {
        return side == Side.BUY ? bids.get(symbol) : asks.get(symbol);
    }

    private static boolean fits(BigInteger value, long max) {
        return value.compareTo(BigInteger.valueOf(max)) <= 0;
    }

    TradingStateDump dump() {
        List<TradingStateDump.AccountEntry> accountEntries = new ArrayList<>();
        for (Acct a : accounts.values()) {
            List<Long> open = orders.values().stream().filter(o -> o.account == a.id
                && (o.status == OrderStatus.NEW || o.status == OrderStatus.PARTIALLY_FILLED)).map(o -> o.id).toList();
            accountEntries.add(new TradingStateDump.AccountEntry(a.id, a.cash, a.reservedCash, boxed(a.position),
                boxed(a.reservedPosition), a.stp, open));
        }
        List<TradingStateDump.OrderEntry> orderEntries = new ArrayList<>();
        List<TradingStateDump.DedupEntry> dedup = new ArrayList<>();
        for (Ord o : orders.values()) {
            orderEntries.add(new TradingStateDump.OrderEntry(o.id, o.account, o.cid, o.symbol, o.side, o.tif, o.price,
                o.quantity, o.filled, o.status, o.replyStatus, o.replyFilled, o.replyVersion, o.type, o.postOnly, o.stp,
                o.budget));
            dedup.add(new TradingStateDump.DedupEntry(o.account, o.cid, o.id));
        }
        dedup.sort(Comparator.comparingLong(TradingStateDump.DedupEntry::accountId)
            .thenComparing(TradingStateDump.DedupEntry::clientOrderId));
        List<TradingStateDump.LevelEntry> levels = new ArrayList<>();
        for (int s = 0; s < instruments.size(); s++) {
            for (int side : new int[] {Side.BUY, Side.SELL}) {
                for (Map.Entry<Long, List<Ord>> e : book(s, side).entrySet()) {
                    levels.add(new TradingStateDump.LevelEntry(s, side, e.getKey(),
                        e.getValue().stream().map(o -> o.id).toList()));
                }
            }
        }
        return new TradingStateDump(nextOrderId, nextTradeId, totalCash, boxed(totalPosition), accountEntries,
            orderEntries, levels, new ArrayList<>(retained), dedup);
    }

    private static List<Long> boxed(long[] values) {
        return Arrays.stream(values).boxed().toList();
    }
}
