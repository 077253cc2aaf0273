package io.ringtail.engine.counter;

import io.ringtail.engine.domain.Command;
import io.ringtail.engine.domain.CommandHandler;
import io.ringtail.engine.domain.Domain;
import io.ringtail.engine.domain.EventApplier;
import io.ringtail.engine.domain.EventSink;
import io.ringtail.engine.domain.Reasons;
import io.ringtail.engine.domain.Reply;
import io.ringtail.engine.domain.SnapshotCodec;
import io.ringtail.journal.EventRecord;
import java.util.Optional;
import org.agrona.DirectBuffer;
import org.agrona.MutableDirectBuffer;
import org.agrona.collections.Long2LongHashMap;

/**
 * A second, tiny domain that proves the engine core is domain-neutral: named counters that never go
 * negative. It also has commands that make domain code throw, to exercise fault containment.
 *
 * <p>Command payload: {@code long counterId, long delta}. Event ADDED body: {@code long counterId,
 * long delta}. Reply: {@code long newValue}.
 */
public final class CounterDomain implements Domain {
    public static final int ADD = 1;
    /** The handler throws. */
    public static final int THROW_IN_HANDLER = 2;
    /** The handler emits an ADDED then a BOOM event; the applier throws on BOOM, halfway through. */
    public static final int THROW_IN_APPLIER = 3;
    /** Adds 1, {@code delta} times: one ADDED event each, so a command can emit as many events as asked. */
    public static final int ADD_MANY = 4;

    public static final int ADDED = 1;
    public static final int BOOM = 2;

    public static final int WOULD_GO_NEGATIVE = Reasons.FIRST_DOMAIN_REASON;

    // Agrona's map cannot store its "missing" marker, so it must be a value no counter ever holds.
    private static final long MISSING = Long.MIN_VALUE;
    private final Long2LongHashMap counters = new Long2LongHashMap(MISSING);
    private final CommandHandler handler = this::handle;
    private final EventApplier applier = this::apply;
    private final Optional<SnapshotCodec> snapshotCodec = Optional.of(new CounterSnapshotCodec());
    /** Restores fail on purpose while set, to exercise recovery's fallbacks. */
    private volatile boolean failRestores;

    public static int encode(MutableDirectBuffer buffer, long counterId, long delta) {
        buffer.putLong(0, counterId);
        buffer.putLong(8, delta);
        return 16;
    }

    public long value(long counterId) {
        long value = counters.get(counterId);
        return value == MISSING ? 0 : value;
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

    public void failRestores(boolean fail) {
        failRestores = fail;
    }

    @Override
    public void reset() {
        counters.clear();
    }

    @Override
    public long stateHash() {
        long[] hash = {17};
        counters.forEachLong((k, v) -> hash[0] += Long.hashCode(k) * 31L + v * 1_000_003L);
        return hash[0];
    }

    @Override
    public String reasonName(int reason) {
        String shared = Reasons.sharedName(reason);
        return shared != null ? shared : reason == WOULD_GO_NEGATIVE ? "WOULD_GO_NEGATIVE" : "UNKNOWN_REASON";
    }

    @Override
    public String commandName(int type) {
        return switch (type) {
            case ADD -> "add";
            case THROW_IN_HANDLER -> "throw_in_handler";
            case THROW_IN_APPLIER -> "throw_in_applier";
            case ADD_MANY -> "add_many";
            default -> "unknown";
        };
    }

    private int handle(Command command, EventSink sink, Reply reply) {
        long counterId = command.buffer().getLong(0);
        long delta = command.buffer().getLong(8);
        switch (command.type()) {
            case ADD -> {
                long next = value(counterId) + delta;
                if (next < 0) {
                    return WOULD_GO_NEGATIVE;
                }
                emitAdded(sink, counterId, delta);
                reply.replyBuffer().putLong(0, next);
                return Reasons.ACCEPTED;
            }
            case THROW_IN_HANDLER -> throw new IllegalStateException("handler failure on purpose");
            case ADD_MANY -> {
                for (long i = 0; i < delta; i++) {
                    emitAdded(sink, counterId, 1);
                }
                reply.replyBuffer().putLong(0, value(counterId) + delta);
                return Reasons.ACCEPTED;
            }
            case THROW_IN_APPLIER -> {
                emitAdded(sink, counterId, delta);
                sink.claim(BOOM, 1, 0);
                return Reasons.ACCEPTED;
            }
            default -> {
                return Reasons.UNKNOWN_COMMAND;
            }
        }
    }

    private static void emitAdded(EventSink sink, long counterId, long delta) {
        int offset = sink.claim(ADDED, 1, 16);
        sink.buffer().putLong(offset, counterId);
        sink.buffer().putLong(offset + 8, delta);
    }

    private void apply(EventRecord event) {
        switch (event.typeId()) {
            case ADDED -> {
                long counterId = event.buffer().getLong(event.bodyOffset());
                long delta = event.buffer().getLong(event.bodyOffset() + 8);
                counters.put(counterId, value(counterId) + delta);
            }
            case BOOM -> throw new IllegalStateException("applier failure on purpose");
            default -> throw new IllegalArgumentException("unknown event type " + event.typeId());
        }
    }

    /** Payload: {@code int count}, then {@code long counterId, long value} per counter. */
    private final class CounterSnapshotCodec implements SnapshotCodec {
        @Override
        public int formatVersion() {
            return 1;
        }

        @Override
        public int write(MutableDirectBuffer buffer) {
            buffer.putInt(0, counters.size());
            int[] offset = {Integer.BYTES};
            counters.forEachLong((id, value) -> {
                buffer.putLong(offset[0], id);
                buffer.putLong(offset[0] + Long.BYTES, value);
                offset[0] += 2 * Long.BYTES;
            });
            return offset[0];
        }

        @Override
        public void read(DirectBuffer buffer, int length, int formatVersion) {
            if (failRestores) {
                throw new IllegalStateException("restore failure on purpose");
            }
            if (formatVersion != 1) {
                throw new IllegalStateException("unknown counter snapshot format " + formatVersion);
            }
            int count = buffer.getInt(0);
            if (length != Integer.BYTES + count * 2 * Long.BYTES) {
                throw new IllegalStateException("counter snapshot of " + length + " bytes cannot hold " + count + " counters");
            }
            for (int i = 0; i < count; i++) {
                int offset = Integer.BYTES + i * 2 * Long.BYTES;
                counters.put(buffer.getLong(offset), buffer.getLong(offset + Long.BYTES));
            }
        }
    }
}
