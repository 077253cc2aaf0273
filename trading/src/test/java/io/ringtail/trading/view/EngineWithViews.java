package io.ringtail.trading.view;

import static org.junit.jupiter.api.Assertions.fail;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.Engine;
import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.ReplyListener;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.projection.Projection;
import io.ringtail.engine.projection.ProjectionAgent;
import io.ringtail.engine.projection.ProjectionConfig;
import io.ringtail.engine.projection.ProjectionHost;
import io.ringtail.engine.projection.ProjectionState;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.JournalReader;
import io.ringtail.trading.OrderReplyCodec;
import io.ringtail.trading.TradingCommandType;
import io.ringtail.trading.TradingDomain;
import io.ringtail.trading.TradingEventDecoder;
import io.ringtail.trading.TradingEventType;
import io.ringtail.trading.TradingLimits;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;

/**
 * A real {@link Engine} with the {@link TradingDomain} over a temporary data directory, a
 * {@link ViewWorkload} feeding it, and any number of {@link TradingReadSide}s each on its own
 * {@link ProjectionHost}, tailing the engine's journal.
 */
final class EngineWithViews implements AutoCloseable {
    static final long GENEROUS_SECONDS = 60;
    static final int ACCOUNTS = 24;
    static final int ORDER_RETENTION = 2_000;

    record Reply(int type, int reason, long orderId, int status, long filled, long version) {
    }

    final TradingDomain domain = new TradingDomain(RecordedTradingEvents.INSTRUMENTS, new TradingLimits(ACCOUNTS + 1, 20_000, 128, ORDER_RETENTION, 0));
    final ViewWorkload workload;
    final Engine engine;
    final ProjectionConfig projectionConfig = new ProjectionConfig().batchEntries(64);
    final BlockingQueue<Reply> replies = new LinkedBlockingQueue<>();
    private final AtomicLong replied = new AtomicLong();
    private final boolean keepReplies;
    private final List<ProjectionHost> hosts = new ArrayList<>();
    private long published;

    EngineWithViews(Path directory, long seed, boolean keepReplies) {
        this.workload = new ViewWorkload(seed, RecordedTradingEvents.INSTRUMENTS, ACCOUNTS);
        this.keepReplies = keepReplies;
        this.engine = new Engine(new EngineConfig().dataDirectory(directory), domain, new ReplyListener() {
            @Override
            public void onReply(CommandSlot slot) {
                onCommandReply(slot);
            }
        });
    }

    private void onCommandReply(CommandSlot slot) {
        long orderId = OrderReplyCodec.orderId(slot.replyBuffer());
        if (slot.reason() == Reasons.ACCEPTED && slot.type() == TradingCommandType.PLACE_ORDER) {
            workload.onAccepted(orderId, slot.payload().getLong(0));
        }
        if (keepReplies) {
            replies.add(new Reply(slot.type(), slot.reason(), orderId, OrderReplyCodec.status(slot.replyBuffer()),
                OrderReplyCodec.filledQuantity(slot.replyBuffer()), slot.version()));
        }
        replied.incrementAndGet();
    }

    /** Starts a host running all four projections of {@code readSide} on one thread. */
    ProjectionHost host(TradingReadSide readSide) {
        return host(readSide, projectionConfig);
    }

    ProjectionHost host(TradingReadSide readSide, ProjectionConfig config) {
        List<ProjectionAgent> agents = new ArrayList<>();
        for (Projection projection : readSide.projections()) {
            agents.add(new ProjectionAgent(projection, engine.journal().createReader(), config));
        }
        ProjectionHost host = new ProjectionHost(config, agents);
        hosts.add(host);
        host.start();
        return host;
    }

    void publish(EncodedCommand command) {
        while (!engine.tryPublish(EncodedCommand.WRITER, command)) {
            Thread.onSpinWait();
        }
        published++;
    }

    void publishSetupAnd(int commands) {
        workload.setup().forEach(this::publish);
        for (int i = 0; i < commands; i++) {
            publish(workload.next());
        }
    }

    /** Waits for every published command's reply; returns the journal head then. */
    long awaitReplies() {
        awaitTrue(() -> replied.get() == published, "replies to " + published + " commands");
        return engine.headSequence();
    }

    /** Fails at once, with its error, if a projection stops rather than waiting out the deadline. */
    static void awaitCaughtUp(ProjectionHost host, long head) {
        awaitTrue(() -> {
            for (ProjectionAgent agent : host.agents()) {
                if (agent.state() == ProjectionState.STOPPED_WITH_ERROR) {
                    throw new AssertionError("projection " + agent.name() + " stopped", agent.error());
                }
            }
            return host.allCaughtUpTo(head);
        }, "projections reaching " + head);
    }

    static void awaitTrue(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(GENEROUS_SECONDS);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                fail("timed out waiting for " + what);
            }
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted waiting for " + what);
            }
        }
    }

    /** Every TRADE in the journal, per symbol, oldest first. */
    List<List<ViewContents.TradeRow>> journaledTrades(long head) {
        List<List<ViewContents.TradeRow>> trades = new ArrayList<>();
        RecordedTradingEvents.INSTRUMENTS.forEach(i -> trades.add(new ArrayList<>()));
        TradingEventDecoder event = new TradingEventDecoder();
        long[] last = {0};
        try (JournalReader reader = engine.journal().createReader()) {
            while (last[0] < head) {
                reader.poll((EventRecord record) -> {
                    last[0] = record.sequence();
                    if (record.typeId() == TradingEventType.TRADE) {
                        event.wrap(record);
                        trades.get(event.tradeSymbol()).add(new ViewContents.TradeRow(event.tradeId(), event.tradePrice(),
                            event.tradeQuantity(), event.tradeBuyOrderId(), event.tradeSellOrderId(), record.timestamp()));
                    }
                }, 1_000);
            }
        }
        return trades;
    }

    @Override
    public void close() {
        hosts.forEach(ProjectionHost::close);
        engine.close();
    }
}
