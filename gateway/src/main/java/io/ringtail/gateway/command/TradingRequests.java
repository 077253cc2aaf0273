package io.ringtail.gateway.command;

import io.ringtail.trading.OrderType;
import io.ringtail.trading.Requester;
import io.ringtail.trading.SelfTradePrevention;
import io.ringtail.trading.TradingCommandEncoder;
import io.ringtail.trading.TradingCommandType;
import org.agrona.MutableDirectBuffer;

/** The trading commands as reusable requests, each a thin shell over {@link TradingCommandEncoder}. */
final class TradingRequests {
    private TradingRequests() {
    }

    /** OPEN_ACCOUNT: the cash layout plus the account's default self-trade prevention. */
    static final class OpenAccount extends CommandRequest {
        private long accountId;
        private long cash;
        private int selfTradePrevention;

        OpenAccount set(long accountId, long cash, int selfTradePrevention) {
            this.accountId = accountId;
            this.cash = cash;
            this.selfTradePrevention = selfTradePrevention;
            return this;
        }

        @Override
        protected int type() {
            return TradingCommandType.OPEN_ACCOUNT;
        }

        @Override
        protected int encode(MutableDirectBuffer payload) {
            return TradingCommandEncoder.openAccount(payload, 0, accountId, cash, selfTradePrevention);
        }
    }

    /** DEPOSIT_CASH and WITHDRAW_CASH share one layout. */
    static final class Cash extends CommandRequest {
        private int type;
        private long accountId;
        private long amount;

        Cash set(int type, long accountId, long amount) {
            this.type = type;
            this.accountId = accountId;
            this.amount = amount;
            return this;
        }

        @Override
        protected int type() {
            return type;
        }

        @Override
        protected int encode(MutableDirectBuffer payload) {
            return TradingCommandEncoder.cash(payload, 0, accountId, amount);
        }
    }

    /** DEPOSIT_POSITION and WITHDRAW_POSITION. */
    static final class Position extends CommandRequest {
        private int type;
        private long accountId;
        private int symbolIndex;
        private long quantity;

        Position set(int type, long accountId, int symbolIndex, long quantity) {
            this.type = type;
            this.accountId = accountId;
            this.symbolIndex = symbolIndex;
            this.quantity = quantity;
            return this;
        }

        @Override
        protected int type() {
            return type;
        }

        @Override
        protected int encode(MutableDirectBuffer payload) {
            return TradingCommandEncoder.position(payload, 0, accountId, symbolIndex, quantity);
        }
    }

    static final class PlaceOrder extends CommandRequest {
        private long accountId;
        private byte[] clientOrderId;
        private int symbolIndex;
        private int side;
        private long price;
        private long quantity;
        private int timeInForce;
        private int orderType;
        private boolean postOnly;
        private int selfTradePrevention;
        private long budget;

        PlaceOrder set(long accountId, byte[] clientOrderId, int symbolIndex, int side, long price, long quantity,
                       int timeInForce) {
            return set(accountId, clientOrderId, symbolIndex, side, price, quantity, timeInForce, OrderType.LIMIT,
                false, SelfTradePrevention.ACCOUNT_DEFAULT, 0);
        }

        /** The issue #22 controls kept as separate fields, as in the command layout. */
        PlaceOrder set(long accountId, byte[] clientOrderId, int symbolIndex, int side, long price, long quantity,
                       int timeInForce, int orderType, boolean postOnly, int selfTradePrevention, long budget) {
            this.orderType = orderType;
            this.postOnly = postOnly;
            this.selfTradePrevention = selfTradePrevention;
            this.budget = budget;
            this.accountId = accountId;
            this.clientOrderId = clientOrderId;
            this.symbolIndex = symbolIndex;
            this.side = side;
            this.price = price;
            this.quantity = quantity;
            this.timeInForce = timeInForce;
            return this;
        }

        @Override
        protected int type() {
            return TradingCommandType.PLACE_ORDER;
        }

        @Override
        protected int encode(MutableDirectBuffer payload) {
            return TradingCommandEncoder.placeOrder(payload, 0, accountId, clientOrderId, symbolIndex, side, price,
                quantity, timeInForce, orderType, postOnly, selfTradePrevention, budget);
        }
    }

    /** The account named (0 for none) and who sends it, both checked by the writer against the order. */
    static final class CancelOrder extends CommandRequest {
        private long accountId;
        private long orderId;
        private Requester requester;

        CancelOrder set(long accountId, long orderId, Requester requester) {
            this.accountId = accountId;
            this.orderId = orderId;
            this.requester = requester;
            return this;
        }

        @Override
        protected int type() {
            return TradingCommandType.CANCEL_ORDER;
        }

        @Override
        protected int encode(MutableDirectBuffer payload) {
            return TradingCommandEncoder.cancelOrder(payload, 0, accountId, orderId, requester);
        }
    }

    /** MASS_CANCEL: every open order of the account, or only those of one symbol and/or side. */
    static final class MassCancel extends CommandRequest {
        private long accountId;
        private int symbolIndex;
        private int side;

        /** @param symbolIndex or {@link TradingCommandEncoder#ALL_SYMBOLS}; @param side or {@link TradingCommandEncoder#BOTH_SIDES} */
        MassCancel set(long accountId, int symbolIndex, int side) {
            this.accountId = accountId;
            this.symbolIndex = symbolIndex;
            this.side = side;
            return this;
        }

        @Override
        protected int type() {
            return TradingCommandType.MASS_CANCEL;
        }

        @Override
        protected int encode(MutableDirectBuffer payload) {
            return TradingCommandEncoder.massCancel(payload, 0, accountId, symbolIndex, side);
        }
    }

    /** A zero price or quantity means "unchanged" in the layout; account and requester as for a cancel. */
    static final class AmendOrder extends CommandRequest {
        private long accountId;
        private long orderId;
        private long newPrice;
        private long newQuantity;
        private Requester requester;

        AmendOrder set(long accountId, long orderId, long newPrice, long newQuantity, Requester requester) {
            this.accountId = accountId;
            this.orderId = orderId;
            this.newPrice = newPrice;
            this.newQuantity = newQuantity;
            this.requester = requester;
            return this;
        }

        @Override
        protected int type() {
            return TradingCommandType.AMEND_ORDER;
        }

        @Override
        protected int encode(MutableDirectBuffer payload) {
            return TradingCommandEncoder.amendOrder(payload, 0, accountId, orderId, newPrice, newQuantity, requester);
        }
    }
}
