package io.ringtail.trading;

import io.ringtail.engine.domain.CommandHandler;
import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.EventApplier;
import io.ringtail.engine.domain.SnapshotCodec;
import java.util.List;
import java.util.Optional;

/**
 * The reference trading domain: accounts with cash and positions, limit orders with price-time priority
 * matching per symbol, cancel and amend. Wiring only:
 *
 * <pre>
 *  command ──▶ TradingCommandHandler ──▶ Account/PlaceOrder/CancelOrder/AmendOrderHandler ──▶ events
 *                 (reads TradingState; MatchPlanner walks the book)                              │
 *  TradingState ◀── TradingEventApplier ◀── each event, live and in replay ◀────────────────────┘
 * </pre>
 */
public final class TradingDomain implements Domain {
    private final List<Instrument> instruments;
    private final TradingState state;
    private final TradingCommandHandler handler;
    private final TradingEventApplier applier;
    private final Optional<SnapshotCodec> snapshotCodec;

    public TradingDomain(List<Instrument> instruments, TradingLimits limits) {
        if (instruments.isEmpty()) {
            throw new IllegalArgumentException("at least one instrument");
        }
        if (instruments.stream().map(Instrument::symbol).distinct().count() != instruments.size()) {
            throw new IllegalArgumentException("duplicate symbol in " + instruments);
        }
        this.instruments = List.copyOf(instruments);
        this.state = new TradingState(this.instruments, limits);
        this.handler = new TradingCommandHandler(state);
        this.applier = new TradingEventApplier(state);
        this.snapshotCodec = Optional.of(new TradingSnapshotCodec(state, applier));
    }

    public List<Instrument> instruments() {
        return instruments;
    }

    public TradingLimits limits() {
        return state.limits;
    }

    @Override
    public CommandHandler commandHandler() {
        return handler;
    }

    @Override
    public EventApplier eventApplier() {
        return applier;
    }

    @Override
    public Optional<SnapshotCodec> snapshotCodec() {
        return snapshotCodec;
    }

    @Override
    public void reset() {
        state.reset();
        applier.reset();
    }

    @Override
    public long stateHash() {
        return dump().hash();
    }

    /** The full canonical state, for comparisons and failure messages. */
    public TradingStateDump dump() {
        return TradingStateDumper.dump(state);
    }

    @Override
    public String reasonName(int reason) {
        return TradingReasons.name(reason);
    }

    @Override
    public String commandName(int type) {
        return TradingCommandType.name(type);
    }
}
