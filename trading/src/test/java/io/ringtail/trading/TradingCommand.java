package io.ringtail.trading;

import org.agrona.MutableDirectBuffer;

/**
 * One test command as plain fields, so the same input can be encoded for the real domain and handed
 * as is to the reference model. {@code lengthDelta} != 0 makes the payload malformed on purpose.
 * {@code selfTradePrevention} is OPEN_ACCOUNT's default or PLACE_ORDER's own mode; MASS_CANCEL uses
 * {@code symbol} and {@code side} as its filters. {@code requester} is the accounts a cancel or an amend is
 * sent for, null for any account (an admin).
 */
record TradingCommand(int type, long accountId, long amount, int symbol, long quantity, long price, int side,
                      int timeInForce, byte[] clientOrderId, long orderId, int lengthDelta,
                      int orderType, int postOnly, int selfTradePrevention, long budget, long[] requester) {

    TradingCommand(int type, long accountId, long amount, int symbol, long quantity, long price, int side,
                   int timeInForce, byte[] clientOrderId, long orderId, int lengthDelta) {
        this(type, accountId, amount, symbol, quantity, price, side, timeInForce, clientOrderId, orderId, lengthDelta,
            OrderType.LIMIT, 0, 0, 0);
    }

    TradingCommand(int type, long accountId, long amount, int symbol, long quantity, long price, int side,
                   int timeInForce, byte[] clientOrderId, long orderId, int lengthDelta,
                   int orderType, int postOnly, int selfTradePrevention, long budget) {
        this(type, accountId, amount, symbol, quantity, price, side, timeInForce, clientOrderId, orderId, lengthDelta,
            orderType, postOnly, selfTradePrevention, budget, new long[] {accountId});
    }

    static TradingCommand openAccount(long accountId, long cash) {
        return openAccount(accountId, cash, 0);
    }

    static TradingCommand openAccount(long accountId, long cash, int selfTradePrevention) {
        return new TradingCommand(TradingCommandType.OPEN_ACCOUNT, accountId, cash, 0, 0, 0, 0, 0, null, 0, 0,
            OrderType.LIMIT, 0, selfTradePrevention, 0);
    }

    static TradingCommand cash(int type, long accountId, long amount) {
        return new TradingCommand(type, accountId, amount, 0, 0, 0, 0, 0, null, 0, 0);
    }

    static TradingCommand position(int type, long accountId, int symbol, long quantity) {
        return new TradingCommand(type, accountId, 0, symbol, quantity, 0, 0, 0, null, 0, 0);
    }

    static TradingCommand place(long accountId, String clientOrderId, int symbol, int side, long price, long quantity,
                                int timeInForce) {
        return place(accountId, clientOrderId.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), symbol, side,
            price, quantity, timeInForce);
    }

    static TradingCommand place(long accountId, byte[] clientOrderId, int symbol, int side, long price, long quantity,
                                int timeInForce) {
        return new TradingCommand(TradingCommandType.PLACE_ORDER, accountId, 0, symbol, quantity, price, side,
            timeInForce, clientOrderId, 0, 0);
    }

    static TradingCommand cancel(long accountId, long orderId) {
        return new TradingCommand(TradingCommandType.CANCEL_ORDER, accountId, 0, 0, 0, 0, 0, 0, null, orderId, 0);
    }

    static TradingCommand amend(long accountId, long orderId, long newPrice, long newQuantity) {
        return new TradingCommand(TradingCommandType.AMEND_ORDER, accountId, 0, 0, newQuantity, newPrice, 0, 0, null,
            orderId, 0);
    }

    /** @param symbol a symbol or {@link TradingCommandEncoder#ALL_SYMBOLS}; @param side a side or 0 for both */
    static TradingCommand massCancel(long accountId, int symbol, int side) {
        return new TradingCommand(TradingCommandType.MASS_CANCEL, accountId, 0, symbol, 0, 0, side, 0, null, 0, 0);
    }

    TradingCommand asPostOnly() {
        return withControls(orderType, 1, selfTradePrevention, budget);
    }

    TradingCommand asMarket() {
        return withControls(OrderType.MARKET, postOnly, selfTradePrevention, budget);
    }

    /** A MARKET buy with a budget instead of a protection price. */
    TradingCommand withBudget(long cash) {
        return new TradingCommand(type, accountId, amount, symbol, quantity, 0, side, timeInForce, clientOrderId,
            orderId, lengthDelta, OrderType.MARKET, postOnly, selfTradePrevention, cash, requester);
    }

    TradingCommand withStp(int mode) {
        return withControls(orderType, postOnly, mode, budget);
    }

    TradingCommand withControls(int orderType, int postOnly, int selfTradePrevention, long budget) {
        return new TradingCommand(type, accountId, amount, symbol, quantity, price, side, timeInForce, clientOrderId,
            orderId, lengthDelta, orderType, postOnly, selfTradePrevention, budget, requester);
    }

    /** The same cancel or amend, naming {@code named} (0 = no account) and sent for {@code requester}. */
    TradingCommand sentBy(long named, long[] requester) {
        return new TradingCommand(type, named, amount, symbol, quantity, price, side, timeInForce, clientOrderId,
            orderId, lengthDelta, orderType, postOnly, selfTradePrevention, budget, requester);
    }

    TradingCommand malformed(int delta) {
        return new TradingCommand(type, accountId, amount, symbol, quantity, price, side, timeInForce, clientOrderId,
            orderId, delta, orderType, postOnly, selfTradePrevention, budget, requester);
    }

    private Requester encodedRequester() {
        return requester == null ? Requester.anyAccount() : Requester.of(requester);
    }

    @Override
    public String toString() {
        return "TradingCommand[type=" + TradingCommandType.name(type) + ", accountId=" + accountId + ", amount=" + amount
            + ", symbol=" + symbol + ", quantity=" + quantity + ", price=" + price + ", side=" + side + ", tif="
            + timeInForce + ", orderId=" + orderId + ", lengthDelta=" + lengthDelta + ", orderType=" + orderType
            + ", postOnly=" + postOnly + ", stp=" + selfTradePrevention + ", budget=" + budget + ", requester="
            + (requester == null ? "any" : java.util.Arrays.toString(requester)) + "]";
    }

    /** Writes the payload and returns the length to claim (wrong on purpose when {@code lengthDelta} != 0). */
    int encode(MutableDirectBuffer buffer) {
        int length = switch (type) {
            case TradingCommandType.OPEN_ACCOUNT -> TradingCommandEncoder.openAccount(buffer, 0, accountId, amount,
                selfTradePrevention);
            case TradingCommandType.DEPOSIT_CASH, TradingCommandType.WITHDRAW_CASH ->
                TradingCommandEncoder.cash(buffer, 0, accountId, amount);
            case TradingCommandType.DEPOSIT_POSITION, TradingCommandType.WITHDRAW_POSITION ->
                TradingCommandEncoder.position(buffer, 0, accountId, symbol, quantity);
            case TradingCommandType.PLACE_ORDER -> TradingCommandEncoder.placeOrder(buffer, 0, accountId, clientOrderId,
                symbol, side, price, quantity, timeInForce, orderType, false, selfTradePrevention, budget);
            case TradingCommandType.CANCEL_ORDER -> TradingCommandEncoder.cancelOrder(buffer, 0, accountId, orderId,
                encodedRequester());
            case TradingCommandType.AMEND_ORDER -> TradingCommandEncoder.amendOrder(buffer, 0, accountId, orderId,
                price, quantity, encodedRequester());
            case TradingCommandType.MASS_CANCEL -> TradingCommandEncoder.massCancel(buffer, 0, accountId, symbol, side);
            default -> 0;
        };
        if (type == TradingCommandType.PLACE_ORDER) {
            // The raw byte, so that invalid flag values reach the domain too.
            buffer.putByte(TradingCommandEncoder.PLACE_POST_ONLY_OFFSET, (byte) postOnly);
        }
        return Math.max(0, length + lengthDelta);
    }
}
