package io.ringtail.engine.projection;

import io.ringtail.journal.EventRecord;
import io.ringtail.journal.EventRecordHandler;
import org.agrona.concurrent.UnsafeBuffer;

import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory event source, one event per entry, that can deliver what a real journal never would (a
 * gap, a redelivery): the journal's appender refuses non-continuous sequences, so such sources are the
 * way to show how the agent reacts to them.
 */
final class ListEventSource implements EventSource {
    private final List<long[]> events = new ArrayList<>();
    private final UnsafeBuffer buffer = new UnsafeBuffer(new byte[EventRecord.HEADER_LENGTH + SumEvents.BODY_LENGTH]);
    private final EventRecord record = new EventRecord();
    private int position;
    boolean closed;

    ListEventSource add(long sequence, long timestamp, long key, long amount) {
        events.add(new long[] {sequence, timestamp, key, amount});
        return this;
    }

    @Override
    public void seek(long sequence) {
        position = 0;
        while (position < events.size() && events.get(position)[0] < sequence) {
            position++;
        }
    }

    @Override
    public int poll(EventRecordHandler handler, int maxEntries) {
        int delivered = 0;
        while (delivered < maxEntries && position < events.size()) {
            long[] event = events.get(position++);
            SumEvents.encode(buffer, 0, event[0], event[1], event[2], event[3]);
            handler.onEvent(record.wrap(buffer, 0));
            delivered++;
        }
        return delivered;
    }

    @Override
    public long headSequence() {
        return events.isEmpty() ? 0 : events.get(events.size() - 1)[0];
    }

    @Override
    public void close() {
        closed = true;
    }
}
