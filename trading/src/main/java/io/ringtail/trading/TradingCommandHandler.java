package io.ringtail.trading;

import io.ringtail.engine.domain.Command;
import io.ringtail.engine.domain.CommandHandler;
import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;

/**
 * Routes a command to its handler after checking that the payload has its type's exact length, so no
 * handler ever reads past what the producer wrote. Every handler validates fully before emitting.
 */
final class TradingCommandHandler implements CommandHandler {
    private final TradingCommandDecoder decoder = new TradingCommandDecoder();
    private final AccountCommandHandler accounts;
    private final PlaceOrderHandler place;
    private final CancelOrderHandler cancel;
    private final AmendOrderHandler amend;
    private final MassCancelHandler massCancel;

    TradingCommandHandler(TradingState state) {
        MatchPlanner planner = new MatchPlanner(state);
        accounts = new AccountCommandHandler(state);
        place = new PlaceOrderHandler(state, planner);
        cancel = new CancelOrderHandler(state);
        amend = new AmendOrderHandler(state, planner);
        massCancel = new MassCancelHandler(state);
    }

    @Override
    public int handle(Command command, EventSink sink, Reply reply) {
        int type = command.type();
        int expectedLength = TradingCommandEncoder.expectedLength(type);
        if (expectedLength < 0) {
            return Reasons.UNKNOWN_COMMAND;
        }
        if (command.length() != expectedLength) {
            return TradingReasons.MALFORMED_COMMAND;
        }
        TradingCommandDecoder payload = decoder.wrap(command.buffer(), 0);
        return switch (type) {
            case TradingCommandType.OPEN_ACCOUNT -> accounts.openAccount(payload, sink);
            case TradingCommandType.DEPOSIT_CASH -> accounts.depositCash(payload, sink);
            case TradingCommandType.WITHDRAW_CASH -> accounts.withdrawCash(payload, sink);
            case TradingCommandType.DEPOSIT_POSITION -> accounts.depositPosition(payload, sink);
            case TradingCommandType.WITHDRAW_POSITION -> accounts.withdrawPosition(payload, sink);
            case TradingCommandType.PLACE_ORDER -> place.handle(payload, sink, reply);
            case TradingCommandType.CANCEL_ORDER -> cancel.handle(payload, sink, reply);
            case TradingCommandType.AMEND_ORDER -> amend.handle(payload, sink, reply);
            case TradingCommandType.MASS_CANCEL -> massCancel.handle(payload, sink, reply);
            default -> Reasons.UNKNOWN_COMMAND;
        };
    }
}
