package io.ringtail.trading.view;

import io.ringtail.engine.CommandProcessor;
import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.DiscardingJournalAppender;
import io.ringtail.engine.WriterCounters;
import io.ringtail.engine.projection.Projection;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.JournalAppender;
import io.ringtail.trading.Instrument;
import io.ringtail.trading.OrderReplyCodec;
import io.ringtail.trading.TradingDomain;
import io.ringtail.trading.TradingLimits;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableDirectByteBuffer;

import java.util.List;

/**
 * Trading events made in memory, without a journal: a {@link ViewWorkload} driven through the real
 * {@link CommandProcessor} and {@link TradingDomain} on the calling thread, every appended record kept
 * back to back in one buffer. Tests and benchmarks feed them straight to a projection's {@code apply}.
 */
public final class RecordedTradingEvents {
    public static final List<Instrument> INSTRUMENTS = List.of(
        new Instrument("ACME", 5, 10), new Instrument("BOLT", 1, 1), new Instrument("CRUX", 2, 5));

    private final ExpandableDirectByteBuffer records = new ExpandableDirectByteBuffer(1 << 20);
    private final TradingDomain domain;
    private int length;
    private int events;

    private RecordedTradingEvents(TradingLimits limits) {
        this.domain = new TradingDomain(INSTRUMENTS, limits);
    }

    /** Runs {@code commands} random commands (after opening {@code accounts} funded accounts). */
    public static RecordedTradingEvents generate(long seed, int accounts, int commands) {
        RecordedTradingEvents recorded = new RecordedTradingEvents(new TradingLimits(accounts + 1, 100_000, 256, 10_000, 0));
        ViewWorkload workload = new ViewWorkload(seed, INSTRUMENTS, accounts);
        CommandProcessor processor = new CommandProcessor(recorded.domain, recorded.new Capture(),
            () -> { throw new IllegalStateException("the trading applier threw"); }, 0, 0, new WriterCounters());
        CommandSlot slot = new CommandSlot();
        for (EncodedCommand command : workload.setup()) {
            command.writeTo(slot);
            processor.process(slot);
        }
        for (int i = 0; i < commands; i++) {
            workload.next().writeTo(slot);
            processor.process(slot);
            long orderId = OrderReplyCodec.orderId(slot.replyBuffer());
            if (slot.reason() == 0 && orderId != 0) {
                workload.onAccepted(orderId, slot.payload().getLong(0));
            }
            processor.endOfBatch();
        }
        return recorded;
    }

    public int events() {
        return events;
    }

    /** The domain after all commands, to compare views with. */
    public TradingDomain domain() {
        return domain;
    }

    /** Applies every event, in order, to {@code projection}; returns the last sequence. */
    public long applyAll(Projection projection, EventRecord flyweight) {
        long last = 0;
        for (int offset = 0; offset < length; offset += flyweight.encodedLength()) {
            projection.apply(flyweight.wrap(records, offset));
            last = flyweight.sequence();
        }
        return last;
    }

    public DirectBuffer buffer() {
        return records;
    }

    /** Bytes of records in {@link #buffer()}. */
    public int length() {
        return length;
    }

    private final class Capture implements JournalAppender {
        private final DiscardingJournalAppender delegate = new DiscardingJournalAppender();

        @Override
        public void append(DirectBuffer source, int offset, int bytes, int eventCount, long lastSequence) {
            records.putBytes(length, source, offset, bytes);
            length += bytes;
            events += eventCount;
            delegate.append(source, offset, bytes, eventCount, lastSequence);
        }

        @Override
        public void endOfBatch() {
            delegate.endOfBatch();
        }

        @Override
        public long lastSequence() {
            return delegate.lastSequence();
        }

        @Override
        public void close() {
            delegate.close();
        }
    }
}
