package io.ringtail.trading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.ringtail.engine.CommandSlot;
import io.ringtail.engine.domain.EventSink;
import io.ringtail.journal.EventRecord;
import org.agrona.ExpandableArrayBuffer;
import org.agrona.MutableDirectBuffer;
import org.junit.jupiter.api.Test;

/** Handlers decide only: calling one directly, with its events thrown away, must leave the state as it was. */
class TradingHandlerPurityTest {

    @Test
    void shouldNotChangeStateWhenHandling() {
        TradingLimits limits = TradingHarness.smallLimits();
        TradingHarness harness = new TradingHarness(limits);
        ReferenceTradingModel model = new ReferenceTradingModel(TradingHarness.INSTRUMENTS, limits);
        RandomCommandGenerator generator = new RandomCommandGenerator(5L, model::ownerOf, model::nextOrderId);
        CommandSlot direct = new CommandSlot();
        ThrowawaySink sink = new ThrowawaySink();
        int emitted = 0;
        for (int i = 0; i < 6_000; i++) {
            TradingCommand command = generator.next();
            int length = command.encode(direct.payload());
            direct.request(command.type(), length, i, 0, null, 0);
            TradingStateDump before = harness.domain.dump();
            sink.count = 0;
            harness.domain.commandHandler().handle(direct, sink, direct);
            emitted += sink.count;
            assertEquals(before, harness.domain.dump(), "handler changed state on " + command);
            model.apply(command);
            harness.send(command);
        }
        assertEquals(true, emitted > 1_000, "handlers emitted only " + emitted + " events");
    }

    private static final class ThrowawaySink implements EventSink {
        private final ExpandableArrayBuffer buffer = new ExpandableArrayBuffer(1024);
        int count;
        private int length;

        @Override
        public int claim(int typeId, int schemaVersion, int bodyLength) {
            if (count == 0) {
                length = 0;
            }
            int offset = length;
            EventRecord.writeHeader(buffer, offset, count + 1, 0, 0, typeId, schemaVersion, bodyLength);
            buffer.checkLimit(offset + EventRecord.HEADER_LENGTH + bodyLength);
            length += EventRecord.HEADER_LENGTH + bodyLength;
            count++;
            return offset + EventRecord.HEADER_LENGTH;
        }

        @Override
        public MutableDirectBuffer buffer() {
            return buffer;
        }

        @Override
        public long nextSequence() {
            return count + 1;
        }

        @Override
        public int eventCount() {
            return count;
        }
    }
}
