package io.ringtail.trading;

import org.agrona.MutableDirectBuffer;

/**
 * One test command as plain fields, so the same input can be encoded for the real domain and handed
 * as is to the reference model. {@code lengthDelta} != 0 makes the payload malformed on purpose.
 * {@code requester} is the accounts a cancel or an amend is sent for, null for any account (an admin).
 */
record TradingCommand(int type, long accountId, long amount, int symbol, long quantity, long price, int side,
                      int timeInForce, byte[] clientOrderId, long orderId, int lengthDelta, long[] requester) {

    TradingCommand(int type, long accountId, long amount, int symbol, long quantity, long price, int side,
                   int timeInForce, byte[] clientOrderId, long orderId, int lengthDelta) {
        this(type, accountId, amount, symbol, quantity, price, side, timeInForce, clientOrderId, orderId, lengthDelta,
            new long[] {accountId});
    }

    static TradingCommand openAccount(long accountId, long cash) {
        return new TradingCommand(TradingCommandType.OPEN_ACCOUNT, accountId, cash, 0, 0, 0, 0, 0, null, 0, 0);
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

    /** The same cancel or amend, naming {@code named} (0 = no account) and sent for {@code requester}. */
    TradingCommand sentBy(long named, long[] requester) {
        return new TradingCommand(type, named, amount, symbol, quantity, price, side, timeInForce, clientOrderId,
            orderId, lengthDelta, requester);
    }

    TradingCommand malformed(int delta) {
        return new TradingCommand(type, accountId, amount, symbol, quantity, price, side, timeInForce, clientOrderId,
            orderId, delta, requester);
    }

    private Requester encodedRequester() {
        return requester == null ? Requester.anyAccount() : Requester.of(requester);
    }

    @Override
    public String toString() {
        return "TradingCommand[type=" + TradingCommandType.name(type) + ", accountId=" + accountId + ", amount=" + amount
            + ", symbol=" + symbol + ", quantity=" + quantity + ", price=" + price + ", side=" + side + ", tif="
            + timeInForce + ", orderId=" + orderId + ", lengthDelta=" + lengthDelta + ", requester="
            + (requester == null ? "any" : java.util.Arrays.toString(requester)) + "]";
    }

    /** Writes the payload and returns the length to claim (wrong on purpose when {@code lengthDelta} != 0). */
    int encode(MutableDirectBuffer buffer) {
        int length = switch (type) {
            case TradingCommandType.OPEN_ACCOUNT -> TradingCommandEncoder.openAccount(buffer, 0, accountId, amount);
            case TradingCommandType.DEPOSIT_CASH, TradingCommandType.WITHDRAW_CASH ->
                TradingCommandEncoder.cash(buffer, 0, accountId, amount);
            case TradingCommandType.DEPOSIT_POSITION, TradingCommandType.WITHDRAW_POSITION ->
                TradingCommandEncoder.position(buffer, 0, accountId, symbol, quantity);
            case TradingCommandType.PLACE_ORDER -> TradingCommandEncoder.placeOrder(buffer, 0, accountId, clientOrderId,
                symbol, side, price, quantity, timeInForce);
            case TradingCommandType.CANCEL_ORDER -> TradingCommandEncoder.cancelOrder(buffer, 0, accountId, orderId,
                encodedRequester());
            case TradingCommandType.AMEND_ORDER -> TradingCommandEncoder.amendOrder(buffer, 0, accountId, orderId,
                price, quantity, encodedRequester());
            default -> 0;
        };
        return Math.max(0, length + lengthDelta);
    }
}
