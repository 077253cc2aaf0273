package io.ringtail.trading;

import org.agrona.MutableDirectBuffer;

/**
 * Writes trading commands in their fixed little-endian layouts; each method returns the payload length to
 * pass to the slot. Producers (gateway, tests, benchmarks) call these; the domain reads them with
 * {@link TradingCommandDecoder}.
 *
 * <pre>
 * OPEN_ACCOUNT (1), DEPOSIT_CASH (2), WITHDRAW_CASH (3): 16 bytes
 *   0 accountId long | 8 amount long (initial cash for OPEN_ACCOUNT)
 * DEPOSIT_POSITION (4), WITHDRAW_POSITION (5): 20 bytes
 *   0 accountId long | 8 quantity long | 16 symbolIndex int
 * PLACE_ORDER (6): 95 bytes
 *   0 accountId long | 8 price long | 16 quantity long | 24 symbolIndex int | 28 side byte
 *   29 timeInForce byte | 30 clientOrderId length byte | 31 clientOrderId 64 bytes, zero padded
 * CANCEL_ORDER (7): 152 bytes
 *   0 accountId long (0 = not named) | 8 orderId long | 16 requester block
 * AMEND_ORDER (8): 168 bytes
 *   0 accountId long (0 = not named) | 8 orderId long | 16 newPrice long (0 = unchanged)
 *   24 newQuantity long (total; 0 = unchanged) | 32 requester block
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

    public static final int POSITION_QUANTITY_OFFSET = 8;
    public static final int POSITION_SYMBOL_OFFSET = 16;
    public static final int POSITION_LENGTH = 20;

    public static final int PLACE_PRICE_OFFSET = 8;
    public static final int PLACE_QUANTITY_OFFSET = 16;
    public static final int PLACE_SYMBOL_OFFSET = 24;
    public static final int PLACE_SIDE_OFFSET = 28;
    public static final int PLACE_TIME_IN_FORCE_OFFSET = 29;
    public static final int PLACE_CLIENT_ORDER_ID_OFFSET = 30;
    public static final int PLACE_LENGTH = PLACE_CLIENT_ORDER_ID_OFFSET + ClientOrderIds.FIELD_LENGTH;

    public static final int ORDER_ID_OFFSET = 8;
    public static final int CANCEL_REQUESTER_OFFSET = 16;
    public static final int CANCEL_LENGTH = CANCEL_REQUESTER_OFFSET + Requester.LENGTH;
    public static final int AMEND_PRICE_OFFSET = 16;
    public static final int AMEND_QUANTITY_OFFSET = 24;
    public static final int AMEND_REQUESTER_OFFSET = 32;
    public static final int AMEND_LENGTH = AMEND_REQUESTER_OFFSET + Requester.LENGTH;

    private TradingCommandEncoder() {
    }

    public static int openAccount(MutableDirectBuffer buffer, int offset, long accountId, long initialCash) {
        return cash(buffer, offset, accountId, initialCash);
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

    public static int placeOrder(MutableDirectBuffer buffer, int offset, long accountId, byte[] clientOrderId,
                                 int symbolIndex, int side, long price, long quantity, int timeInForce) {
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

    /** The only valid payload length of a command type, or -1 for a type the domain does not know. */
    public static int expectedLength(int type) {
        return switch (type) {
            case TradingCommandType.OPEN_ACCOUNT, TradingCommandType.DEPOSIT_CASH, TradingCommandType.WITHDRAW_CASH -> CASH_LENGTH;
            case TradingCommandType.DEPOSIT_POSITION, TradingCommandType.WITHDRAW_POSITION -> POSITION_LENGTH;
            case TradingCommandType.PLACE_ORDER -> PLACE_LENGTH;
            case TradingCommandType.CANCEL_ORDER -> CANCEL_LENGTH;
            case TradingCommandType.AMEND_ORDER -> AMEND_LENGTH;
            default -> -1;
        };
    }
}
