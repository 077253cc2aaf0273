package io.ringtail.trading;

import static io.ringtail.trading.TradingReasons.*;

import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.EventSink;

/**
 * Opens accounts and moves cash and positions in and out. Withdrawals never touch reserved amounts. An
 * account's default self-trade prevention is set when it opens (0 in the command means ALLOW) and kept for
 * its lifetime: one field on an existing command rather than a settings command of its own.
 */
final class AccountCommandHandler {
    private final TradingState state;

    AccountCommandHandler(TradingState state) {
        this.state = state;
    }

    int openAccount(TradingCommandDecoder command, EventSink sink) {
        long accountId = command.accountId();
        long cash = command.amount();
        if (accountId <= 0) {
            return INVALID_ACCOUNT_ID;
        }
        if (cash < 0) {
            return INVALID_AMOUNT;
        }
        int stp = command.openAccountSelfTradePrevention();
        if (stp != 0 && !SelfTradePrevention.isMode(stp)) {
            return INVALID_SELF_TRADE_PREVENTION;
        }
        if (state.account(accountId) != null) {
            return DUPLICATE_ACCOUNT;
        }
        if (state.accountCount() >= state.limits.maxAccounts()) {
            return CAPACITY_EXCEEDED;
        }
        // All cash in the system stays below Long.MAX_VALUE, and trades only move it, so no balance can overflow.
        if (state.totalCash > Long.MAX_VALUE - cash) {
            return INVALID_AMOUNT;
        }
        TradingEventEncoder.accountOpened(sink, accountId, cash, stp == 0 ? SelfTradePrevention.ALLOW : stp);
        return Reasons.ACCEPTED;
    }

    int depositCash(TradingCommandDecoder command, EventSink sink) {
        Account account = state.account(command.accountId());
        long amount = command.amount();
        if (account == null) {
            return UNKNOWN_ACCOUNT;
        }
        if (amount <= 0 || state.totalCash > Long.MAX_VALUE - amount) {
            return INVALID_AMOUNT;
        }
        TradingEventEncoder.cash(sink, TradingEventType.CASH_DEPOSITED, account.accountId, amount);
        return Reasons.ACCEPTED;
    }

    int withdrawCash(TradingCommandDecoder command, EventSink sink) {
        Account account = state.account(command.accountId());
        long amount = command.amount();
        if (account == null) {
            return UNKNOWN_ACCOUNT;
        }
        if (amount <= 0) {
            return INVALID_AMOUNT;
        }
        if (amount > account.buyingPower()) {
            return INSUFFICIENT_BUYING_POWER;
        }
        TradingEventEncoder.cash(sink, TradingEventType.CASH_WITHDRAWN, account.accountId, amount);
        return Reasons.ACCEPTED;
    }

    int depositPosition(TradingCommandDecoder command, EventSink sink) {
        Account account = state.account(command.accountId());
        int symbol = command.positionSymbol();
        long quantity = command.positionQuantity();
        if (account == null) {
            return UNKNOWN_ACCOUNT;
        }
        if (symbol < 0 || symbol >= state.symbolCount()) {
            return UNKNOWN_SYMBOL;
        }
        if (quantity <= 0 || state.totalPosition[symbol] > TradingLimits.MAX_TOTAL_POSITION - quantity) {
            return INVALID_QUANTITY;
        }
        TradingEventEncoder.position(sink, TradingEventType.POSITION_DEPOSITED, account.accountId, symbol, quantity);
        return Reasons.ACCEPTED;
    }

    int withdrawPosition(TradingCommandDecoder command, EventSink sink) {
        Account account = state.account(command.accountId());
        int symbol = command.positionSymbol();
        long quantity = command.positionQuantity();
        if (account == null) {
            return UNKNOWN_ACCOUNT;
        }
        if (symbol < 0 || symbol >= state.symbolCount()) {
            return UNKNOWN_SYMBOL;
        }
        if (quantity <= 0) {
            return INVALID_QUANTITY;
        }
        if (quantity > account.freePosition(symbol)) {
            return INSUFFICIENT_POSITION;
        }
        TradingEventEncoder.position(sink, TradingEventType.POSITION_WITHDRAWN, account.accountId, symbol, quantity);
        return Reasons.ACCEPTED;
    }
}
