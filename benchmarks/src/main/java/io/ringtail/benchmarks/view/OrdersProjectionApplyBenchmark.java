package io.ringtail.benchmarks.view;

import io.ringtail.journal.EventRecord;
import io.ringtail.trading.view.OrdersProjection;
import io.ringtail.trading.view.RecordedTradingEvents;
import io.ringtail.trading.view.TradingViewConfig;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.util.concurrent.TimeUnit;

/**
 * How fast the orders projection folds trading events, fed straight from an in-memory buffer of events
 * recorded from the real domain (no journal). One invocation applies the whole recording to a fresh view
 * (the reset is outside the measurement); the {@code events} counter gives events per second. The
 * {@code walkEvents} baseline only steps through the same records, the floor any projection pays.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
public class OrdersProjectionApplyBenchmark {
    @Param({"20000"})
    public int commands;

    @Param({"100"})
    public int accounts;

    private RecordedTradingEvents recorded;
    private OrdersProjection projection;
    private final EventRecord record = new EventRecord();

    /** Events applied, reported by JMH as a rate next to the passes per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Events {
        public long events;
    }

    @Setup(Level.Trial)
    public void record() {
        recorded = RecordedTradingEvents.generate(42, accounts, commands);
        int orders = (int) recorded.domain().dump().nextOrderId();
        projection = new OrdersProjection(new TradingViewConfig(orders, accounts + 1, 10, 100));
    }

    @Setup(Level.Invocation)
    public void freshView() {
        projection.reset();
    }

    @Benchmark
    public long applyRecording(Events counter) {
        counter.events += recorded.events();
        return recorded.applyAll(projection, record);
    }

    @Benchmark
    public long walkEvents(Events counter) {
        long typeSum = 0;
        for (int offset = 0; offset < recorded.length(); offset += record.encodedLength()) {
            typeSum += record.wrap(recorded.buffer(), offset).typeId();
        }
        counter.events += recorded.events();
        return typeSum;
    }
}
