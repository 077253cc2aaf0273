package io.ringtail.trading;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;
import java.util.function.LongFunction;

/**
 * Seeded random trading workload: accounts opened (with a default self-trade prevention) and funded, limit
 * orders around a mid price on both sides so they cross, with a few FOK, post-only, MARKET (protection price
 * or budget) and per-order self-trade prevention among them, cancels and amends of real, foreign, finished
 * and unknown orders, mass cancels, retried clientOrderIds, and a sprinkling of every kind of invalid input
 * and risk breach.
 */
final class RandomCommandGenerator {
    private static final int ACCOUNT_IDS = 20;
    private final SplittableRandom random;
    private final LongFunction<Long> ownerOf;
    private final java.util.function.LongSupplier nextOrderId;

    /** @param ownerOf the owner of an order id, or null when unknown: lets cancels target real orders */
    RandomCommandGenerator(long seed, LongFunction<Long> ownerOf, java.util.function.LongSupplier nextOrderId) {
        this.random = new SplittableRandom(seed);
        this.ownerOf = ownerOf;
        this.nextOrderId = nextOrderId;
    }

    TradingCommand next() {
        int roll = random.nextInt(1000);
        TradingCommand command;
        if (roll < 30) {
            int stp = pick(2) ? (pick(50) ? 5 : -1) : pick(60) ? 0 : 1 + random.nextInt(4);
            command = TradingCommand.openAccount(accountId(), pick(20) ? -5 : random.nextLong(0, 5_000_000), stp);
        } else if (roll < 80) {
            command = TradingCommand.cash(TradingCommandType.DEPOSIT_CASH, accountId(), amount());
        } else if (roll < 110) {
            command = TradingCommand.cash(TradingCommandType.WITHDRAW_CASH, accountId(), amount());
        } else if (roll < 160) {
            command = TradingCommand.position(TradingCommandType.DEPOSIT_POSITION, accountId(), symbol(), quantity(0));
        } else if (roll < 180) {
            command = TradingCommand.position(TradingCommandType.WITHDRAW_POSITION, accountId(), symbol(), quantity(0));
        } else if (roll < 680) {
            command = place();
        } else if (roll < 688) {
            int symbol = pick(60) ? TradingCommandEncoder.ALL_SYMBOLS : symbol();
            int side = pick(50) ? TradingCommandEncoder.BOTH_SIDES : pick(97) ? 1 + random.nextInt(2) : 3;
            command = TradingCommand.massCancel(accountId(), symbol, side);
        } else if (roll < 830) {
            long orderId = orderId();
            command = sentBySomeone(TradingCommand.cancel(orderAccount(orderId), orderId));
        } else if (roll < 990) {
            long orderId = orderId();
            int symbolGuess = random.nextInt(2);
            long price = pick(35) ? 0 : price(symbolGuess);
            long quantity = pick(35) ? 0 : quantity(symbolGuess);
            command = sentBySomeone(TradingCommand.amend(orderAccount(orderId), orderId, price, quantity));
        } else if (roll < 995) {
            command = place().malformed(pick(50) ? -1 : 3);
        } else {
            command = new TradingCommand(pick(50) ? 0 : 31, 1, 0, 0, 0, 0, 0, 0, null, 0, 0);
        }
        if (pick(1) && command.type() == TradingCommandType.MASS_CANCEL) {
            command = command.malformed(pick(50) ? -1 : 2);
        }
        return command;
    }

    /**
     * Half the cancels and amends come from the account itself; the others from an admin (any account) or a
     * trader's key of a few accounts, naming the order's account or none, and sometimes the wrong one.
     */
    private TradingCommand sentBySomeone(TradingCommand command) {
        if (pick(50)) {
            return command;
        }
        long named = pick(50) ? 0 : command.accountId();
        if (pick(25)) {
            return command.sentBy(named, null);
        }
        long[] accounts = new long[random.nextInt(Requester.MAX_ACCOUNTS + 1)];
        for (int i = 0; i < accounts.length; i++) {
            accounts[i] = 1 + random.nextInt(ACCOUNT_IDS);
        }
        if (accounts.length > 0 && pick(60)) {
            accounts[random.nextInt(accounts.length)] = command.accountId();
        }
        return command.sentBy(named, accounts);
    }

    private TradingCommand place() {
        int symbol = symbol();
        int side = pick(98) ? 1 + random.nextInt(2) : random.nextInt(4);
        int tif = pick(97) ? (pick(70) ? TimeInForce.GTC : pick(80) ? TimeInForce.IOC : TimeInForce.FOK)
            : pick(50) ? 0 : 4;
        long price = price(symbol);
        if (pick(2)) {
            price = pick(50) ? price + 1 : -price;
        } else if (pick(1)) {
            price = Long.MAX_VALUE / 10 * 5;
        }
        TradingCommand order = TradingCommand.place(accountId(), clientOrderId(), symbol, side, price, quantity(symbol), tif);
        int roll = random.nextInt(1000);
        if (roll < 60) {
            // MARKET: IOC or FOK (GTC now and then, which is refused), protection price or, for a buy, a budget.
            order = new TradingCommand(order.type(), order.accountId(), 0, symbol, order.quantity(), order.price(), side,
                tif == TimeInForce.GTC && pick(85) ? TimeInForce.IOC : tif, order.clientOrderId(), 0, 0,
                OrderType.MARKET, 0, 0, 0);
            if (side == Side.BUY && pick(50)) {
                order = order.withBudget(pick(3) ? -1 : random.nextLong(1, 400_000));
            }
        } else if (roll < 110) {
            order = order.asPostOnly();
        } else if (roll < 113) {
            order = order.withControls(pick(50) ? 0 : 3, 0, 0, 0);
        } else if (roll < 116) {
            order = order.withControls(OrderType.LIMIT, 2, 0, 0);
        } else if (roll < 119) {
            order = order.withControls(OrderType.LIMIT, 0, 0, pick(50) ? random.nextLong(1, 1_000) : -7);
        }
        if (pick(25)) {
            order = order.withStp(pick(3) ? 5 : 1 + random.nextInt(4));
        }
        return order;
    }

    private byte[] clientOrderId() {
        if (pick(2)) {
            int kind = random.nextInt(3);
            return kind == 0 ? new byte[0] : kind == 1 ? new byte[65] : new byte[] {'a', 0x07};
        }
        // A small id space per account, so retries of earlier ids are frequent.
        String id = "c-" + random.nextInt(600);
        if (pick(5)) {
            id = id + "-" + "x".repeat(random.nextInt(60));
        }
        return id.getBytes(StandardCharsets.US_ASCII);
    }

    private long accountId() {
        return pick(3) ? random.nextInt(3) - 1 : 1 + random.nextInt(ACCOUNT_IDS);
    }

    private long amount() {
        if (pick(3)) {
            return -random.nextInt(10);
        }
        if (pick(1)) {
            return Long.MAX_VALUE - random.nextInt(10);
        }
        return random.nextLong(1, 2_000_000);
    }

    private int symbol() {
        return pick(2) ? (pick(50) ? 2 : -1) : random.nextInt(2);
    }

    /** Around a mid of 1000 ticks-worth, so buys and sells overlap and trade. */
    private long price(int symbol) {
        long tick = symbol == 0 ? 5 : 1;
        return tick * (200 + random.nextInt(-12, 13)) * (symbol == 0 ? 1 : 5);
    }

    private long quantity(int symbol) {
        long lot = symbol == 0 ? 10 : 1;
        if (pick(2)) {
            return pick(50) ? 0 : lot * 10 + 3;
        }
        return lot * (1 + random.nextInt(30));
    }

    private long orderId() {
        long next = nextOrderId.getAsLong();
        if (pick(5) || next <= 1) {
            return pick(50) ? 0 : next + random.nextInt(5);
        }
        // Mostly recent orders, which are more likely to be still open.
        return Math.max(1, next - 1 - random.nextInt((int) Math.min(next - 1, 200)));
    }

    private long orderAccount(long orderId) {
        Long owner = ownerOf.apply(orderId);
        return owner != null && pick(85) ? owner : accountId();
    }

    private boolean pick(int percent) {
        return random.nextInt(100) < percent;
    }
}
