package io.ringtail.trading;

import org.agrona.MutableDirectBuffer;

/**
 * Writes trading commands in their fixed little-endian layouts; each method returns the payload length to
 * pass to the slot. Producers (gateway, tests, benchmarks) call these; the domain reads them with
 * {@link TradingCommandDecoder}.
 *
 * <pre>
 * OPEN_ACCOUNT (1): 17 bytes
 *   0 accountId long | 8 initial cash long | 16 default selfTradePrevention byte (0 or ALLOW..CANCEL_BOTH; 0 = ALLOW)
 * DEPOSIT_CASH (2), WITHDRAW_CASH (3): 16 bytes
 *   0 accountId long | 8 amount long
 * DEPOSIT_POSITION (4), WITHDRAW_POSITION (5): 20 bytes
 *   0 accountId long | 8 quantity long | 16 symbolIndex int
 * PLACE_ORDER (6): 106 bytes
 *   0 accountId long | 8 price long | 16 quantity long | 24 symbolIndex int | 28 side byte
 *   29 timeInForce byte | 30 clientOrderId length byte | 31 clientOrderId 64 bytes, zero padded
 *   order types and controls (issue #22), a block of their own after the original fields:
 *   95 orderType byte (LIMIT 1, MARKET 2) | 96 postOnly byte (0/1) | 97 selfTradePrevention byte (0 = account
 *   default) | 98 budget long (MARKET buy without protection price only; else 0)
 * CANCEL_ORDER (7): 152 bytes
 *   0 accountId long (0 = not named) | 8 orderId long | 16 requester block
 * AMEND_ORDER (8): 168 bytes
 *   0 accountId long (0 = not named) | 8 orderId long | 16 newPrice long (0 = unchanged)
 *   24 newQuantity long (total; 0 = unchanged) | 32 requester block
 * MASS_CANCEL (9): 13 bytes
 *   0 accountId long | 8 symbolIndex int (-1 = every symbol) | 12 side byte (0 = both sides)
 * </pre>
 *
 * Cancels and amends carry who sends them: the {@link Requester} block (136 bytes, at the end of both layouts)
 * says which accounts' orders the sender may touch. The writer takes an order that is not the named account's
 * (when one is named) or not the requester's as unknown.
 */
public final class TradingCommandEncoder {
    public static final int ACCOUNT_ID_OFFSET = 0;
    public static final int AMOUNT_OFFSET = 8;
    public static final int CASH_LENGTH = 16;
    public static final int OPEN_ACCOUNT_STP_OFFSET = 16;
    public static final int OPEN_ACCOUNT_LENGTH = 17;

    public static final int POSITION_QUANTITY_OFFSET = 8;
    public static final int POSITION_SYMBOL_OFFSET = 16;
    public static final int POSITION_LENGTH = 20;

    public static final int PLACE_PRICE_OFFSET = 8;
    public static final int PLACE_QUANTITY_OFFSET = 16;
    public static final int PLACE_SYMBOL_OFFSET = 24;
    public static final int PLACE_SIDE_OFFSET = 28;
    public static final int PLACE_TIME_IN_FORCE_OFFSET = 29;
    public static final int PLACE_CLIENT_ORDER_ID_OFFSET = 30;
    public static final int PLACE_ORDER_TYPE_OFFSET = PLACE_CLIENT_ORDER_ID_OFFSET + ClientOrderIds.FIELD_LENGTH;
    public static final int PLACE_POST_ONLY_OFFSET = PLACE_ORDER_TYPE_OFFSET + 1;
    public static final int PLACE_STP_OFFSET = PLACE_ORDER_TYPE_OFFSET + 2;
    public static final int PLACE_BUDGET_OFFSET = PLACE_ORDER_TYPE_OFFSET + 3;
    public static final int PLACE_LENGTH = PLACE_BUDGET_OFFSET + 8;

    public static final int ORDER_ID_OFFSET = 8;
    public static final int CANCEL_REQUESTER_OFFSET = 16;
    public static final int CANCEL_LENGTH = CANCEL_REQUESTER_OFFSET + Requester.LENGTH;
    public static final int AMEND_PRICE_OFFSET = 16;
    public static final int AMEND_QUANTITY_OFFSET = 24;
    public static final int AMEND_REQUESTER_OFFSET = 32;
    public static final int AMEND_LENGTH = AMEND_REQUESTER_OFFSET + Requester.LENGTH;

    public static final int MASS_CANCEL_SYMBOL_OFFSET = 8;
    public static final int MASS_CANCEL_SIDE_OFFSET = 12;
    public static final int MASS_CANCEL_LENGTH = 13;
    /** MASS_CANCEL's symbolIndex for every symbol, and its side for both sides. */
    public static final int ALL_SYMBOLS = -1;
    public static final int BOTH_SIDES = 0;

    private TradingCommandEncoder() {
    }

    public static int openAccount(MutableDirectBuffer buffer, int offset, long accountId, long initialCash) {
        return openAccount(buffer, offset, accountId, initialCash, SelfTradePrevention.ALLOW);
    }

    /** @param selfTradePrevention the account's default mode for orders that name none */
    public static int openAccount(MutableDirectBuffer buffer, int offset, long accountId, long initialCash,
                                  int selfTradePrevention) {
        cash(buffer, offset, accountId, initialCash);
        buffer.putByte(offset + OPEN_ACCOUNT_STP_OFFSET, (byte) selfTradePrevention);
        return OPEN_ACCOUNT_LENGTH;
    }

    /** DEPOSIT_CASH and WITHDRAW_CASH share this layout; the command type tells them apart. */
    public static int cash(MutableDirectBuffer buffer, int offset, long accountId, long amount) {
        buffer.putLong(offset + ACCOUNT_ID_OFFSET, accountId);
        buffer.putLong(offset + AMOUNT_OFFSET, amount);
        return CASH_LENGTH;
    }

    /** DEPOSIT_POSITION and WITHDRAW_POSITION share this layout. */
    public static int position(MutableDirectBuffer buffer, int offset, long accountId, int symbolIndex, long quantity) {
        buffer.putLong(offset + ACCOUNT_ID_OFFSET, accountId);
        buffer.putLong(offset + POSITION_QUANTITY_OFFSET, quantity);
        buffer.putInt(offset + POSITION_SYMBOL_OFFSET, symbolIndex);
        return POSITION_LENGTH;
    }

    /** A plain limit order: not post-only, the account's self-trade prevention, no budget. */
    public static int placeOrder(MutableDirectBuffer buffer, int offset, long accountId, byte[] clientOrderId,
                                 int symbolIndex, int side, long price, long quantity, int timeInForce) {
        return placeOrder(buffer, offset, accountId, clientOrderId, symbolIndex, side, price, quantity, timeInForce,
            OrderType.LIMIT, false, SelfTradePrevention.ACCOUNT_DEFAULT, 0);
    }

    /**
     * @param price  the limit, or a MARKET order's protection price; 0 for a MARKET buy with a budget
     * @param budget the cash a MARKET buy may spend at most, when it has no protection price; else 0
     */
    public static int placeOrder(MutableDirectBuffer buffer, int offset, long accountId, byte[] clientOrderId,
                                 int symbolIndex, int side, long price, long quantity, int timeInForce,
                                 int orderType, boolean postOnly, int selfTradePrevention, long budget) {
        buffer.putByte(offset + PLACE_ORDER_TYPE_OFFSET, (byte) orderType);
        buffer.putByte(offset + PLACE_POST_ONLY_OFFSET, (byte) (postOnly ? 1 : 0));
        buffer.putByte(offset + PLACE_STP_OFFSET, (byte) selfTradePrevention);
        buffer.putLong(offset + PLACE_BUDGET_OFFSET, budget);
        buffer.putLong(offset + ACCOUNT_ID_OFFSET, accountId);
        buffer.putLong(offset + PLACE_PRICE_OFFSET, price);
        buffer.putLong(offset + PLACE_QUANTITY_OFFSET, quantity);
        buffer.putInt(offset + PLACE_SYMBOL_OFFSET, symbolIndex);
        buffer.putByte(offset + PLACE_SIDE_OFFSET, (byte) side);
        buffer.putByte(offset + PLACE_TIME_IN_FORCE_OFFSET, (byte) timeInForce);
        ClientOrderIds.write(buffer, offset + PLACE_CLIENT_ORDER_ID_OFFSET, clientOrderId);
        return PLACE_LENGTH;
    }

    /** A cancel by the account itself: it names {@code accountId} and acts for that account alone. */
    public static int cancelOrder(MutableDirectBuffer buffer, int offset, long accountId, long orderId) {
        cancelFields(buffer, offset, accountId, orderId);
        Requester.writeAccount(buffer, offset + CANCEL_REQUESTER_OFFSET, accountId);
        return CANCEL_LENGTH;
    }

    /** @param accountId the account the request named, 0 for none */
    public static int cancelOrder(MutableDirectBuffer buffer, int offset, long accountId, long orderId,
                                  Requester requester) {
        cancelFields(buffer, offset, accountId, orderId);
        requester.write(buffer, offset + CANCEL_REQUESTER_OFFSET);
        return CANCEL_LENGTH;
    }

    /** An amend by the account itself: it names {@code accountId} and acts for that account alone. */
    public static int amendOrder(MutableDirectBuffer buffer, int offset, long accountId, long orderId,
                                 long newPrice, long newQuantity) {
        amendFields(buffer, offset, accountId, orderId, newPrice, newQuantity);
        Requester.writeAccount(buffer, offset + AMEND_REQUESTER_OFFSET, accountId);
        return AMEND_LENGTH;
    }

    /** @param accountId the account the request named, 0 for none */
    public static int amendOrder(MutableDirectBuffer buffer, int offset, long accountId, long orderId,
                                 long newPrice, long newQuantity, Requester requester) {
        amendFields(buffer, offset, accountId, orderId, newPrice, newQuantity);
        requester.write(buffer, offset + AMEND_REQUESTER_OFFSET);
        return AMEND_LENGTH;
    }

    private static void cancelFields(MutableDirectBuffer buffer, int offset, long accountId, long orderId) {
        buffer.putLong(offset + ACCOUNT_ID_OFFSET, accountId);
        buffer.putLong(offset + ORDER_ID_OFFSET, orderId);
    }

    private static void amendFields(MutableDirectBuffer buffer, int offset, long accountId, long orderId,
                                    long newPrice, long newQuantity) {
        buffer.putLong(offset + ACCOUNT_ID_OFFSET, accountId);
        buffer.putLong(offset + ORDER_ID_OFFSET, orderId);
        buffer.putLong(offset + AMEND_PRICE_OFFSET, newPrice);
        buffer.putLong(offset + AMEND_QUANTITY_OFFSET, newQuantity);
    }

    /** @param symbolIndex a symbol, or {@link #ALL_SYMBOLS}; @param side a side, or {@link #BOTH_SIDES} */
    public static int massCancel(MutableDirectBuffer buffer, int offset, long accountId, int symbolIndex, int side) {
        buffer.putLong(offset + ACCOUNT_ID_OFFSET, accountId);
        buffer.putInt(offset + MASS_CANCEL_SYMBOL_OFFSET, symbolIndex);
        buffer.putByte(offset + MASS_CANCEL_SIDE_OFFSET, (byte) side);
        return MASS_CANCEL_LENGTH;
    }

    /** The only valid payload length of a command type, or -1 for a type the domain does not know. */
    public static int expectedLength(int type) {
        return switch (type) {
            case TradingCommandType.OPEN_ACCOUNT -> OPEN_ACCOUNT_LENGTH;
            case TradingCommandType.DEPOSIT_CASH, TradingCommandType.WITHDRAW_CASH -> CASH_LENGTH;
            case TradingCommandType.DEPOSIT_POSITION, TradingCommandType.WITHDRAW_POSITION -> POSITION_LENGTH;
            case TradingCommandType.PLACE_ORDER -> PLACE_LENGTH;
            case TradingCommandType.CANCEL_ORDER -> CANCEL_LENGTH;
            case TradingCommandType.AMEND_ORDER -> AMEND_LENGTH;
            case TradingCommandType.MASS_CANCEL -> MASS_CANCEL_LENGTH;
            default -> -1;
        };
    }
}
