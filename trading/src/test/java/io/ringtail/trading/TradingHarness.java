package io.ringtail.trading;

import static org.junit.jupiter.api.Assertions.fail;

import io.ringtail.engine.CommandProcessor;
import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.DiscardingJournalAppender;
import io.ringtail.engine.WriterCounters;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.JournalAppender;
import java.util.ArrayList;
import java.util.List;
import org.agrona.DirectBuffer;
import org.agrona.ExpandableArrayBuffer;

/**
 * Drives a {@link TradingDomain} through the real {@link CommandProcessor}, as the writer thread would,
 * and keeps a copy of every journaled entry so tests can replay or inspect the events.
 */
final class TradingHarness {
    static final List<Instrument> INSTRUMENTS = List.of(new Instrument("ACME", 5, 10), new Instrument("BOLT", 1, 1));

    final TradingDomain domain;
    final WriterCounters counters = new WriterCounters();
    final CommandProcessor processor;
    final CommandSlot slot = new CommandSlot();
    private final CapturingAppender journal = new CapturingAppender();
    private long timestamp;

    TradingHarness(TradingLimits limits) {
        this(limits, 0, 0, 1_700_000_000_000_000_000L);
    }

    /** A harness that carries on after {@code lastSequence} and {@code lastCommandId}, stamping from {@code timestamp}. */
    TradingHarness(TradingLimits limits, long lastSequence, long lastCommandId, long timestamp) {
        domain = new TradingDomain(INSTRUMENTS, limits);
        processor = new CommandProcessor(domain, journal, () -> fail("state rebuild requested: an applier threw"),
            lastSequence, lastCommandId, counters);
        this.timestamp = timestamp;
    }

    /** A fresh harness whose next command gets the sequence, command id and timestamp this one's would. */
    TradingHarness successor(TradingLimits limits) {
        return new TradingHarness(limits, processor.lastSequence(), processor.lastCommandId(), timestamp);
    }

    static TradingLimits smallLimits() {
        return new TradingLimits(16, 300, 8, 50, 0);
    }

    ModelReply send(TradingCommand command) {
        int length = command.encode(slot.payload());
        slot.request(command.type(), length, timestamp++, 0, null, 0);
        processor.process(slot);
        return ModelReply.of(slot);
    }

    /** Events journaled so far, in order. */
    int eventCount() {
        return journal.events;
    }

    /** Applies every journaled event, in order, to {@code target}'s applier. */
    void replayInto(TradingDomain target) {
        EventRecord record = new EventRecord();
        for (int i = 0; i < journal.entries.size(); i++) {
            for (int offset = 0; offset < journal.lengths.get(i); offset += record.encodedLength()) {
                target.eventApplier().apply(record.wrap(journal.entries.get(i), offset));
            }
        }
    }

    /** Events of the entries journaled since entry {@code fromEntry}, as type ids. */
    List<Integer> eventTypesSince(int fromEntry) {
        List<Integer> types = new ArrayList<>();
        EventRecord record = new EventRecord();
        for (int i = fromEntry; i < journal.entries.size(); i++) {
            for (int offset = 0; offset < journal.lengths.get(i); offset += record.encodedLength()) {
                types.add(record.wrap(journal.entries.get(i), offset).typeId());
            }
        }
        return types;
    }

    /** ORDER_CANCELLED events of the entries from {@code fromEntry} on, as "orderId:cause" strings, in order. */
    List<String> cancellationsSince(int fromEntry) {
        List<String> cancellations = new ArrayList<>();
        EventRecord record = new EventRecord();
        TradingEventDecoder event = new TradingEventDecoder();
        for (int i = fromEntry; i < journal.entries.size(); i++) {
            for (int offset = 0; offset < journal.lengths.get(i); offset += record.encodedLength()) {
                record.wrap(journal.entries.get(i), offset);
                if (record.typeId() == TradingEventType.ORDER_CANCELLED) {
                    event.wrap(record);
                    cancellations.add(event.orderId() + ":" + event.cancelledCause());
                }
            }
        }
        return cancellations;
    }

    /** The journaled entries from entry {@code fromEntry} on, as bytes, to compare two harnesses' output. */
    List<byte[]> entriesSince(int fromEntry) {
        List<byte[]> copies = new ArrayList<>();
        for (int i = fromEntry; i < journal.entries.size(); i++) {
            byte[] bytes = new byte[journal.lengths.get(i)];
            journal.entries.get(i).getBytes(0, bytes);
            copies.add(bytes);
        }
        return copies;
    }

    int entryCount() {
        return journal.entries.size();
    }

    private static final class CapturingAppender implements JournalAppender {
        private final DiscardingJournalAppender delegate = new DiscardingJournalAppender();
        final List<ExpandableArrayBuffer> entries = new ArrayList<>();
        final List<Integer> lengths = new ArrayList<>();
        int events;

        @Override
        public void append(DirectBuffer records, int offset, int length, int eventCount, long lastSequence) {
            ExpandableArrayBuffer copy = new ExpandableArrayBuffer(length);
            copy.putBytes(0, records, offset, length);
            entries.add(copy);
            lengths.add(length);
            events += eventCount;
            delegate.append(records, offset, length, eventCount, lastSequence);
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
