package io.ringtail.benchmarks.view;

import io.ringtail.journal.EventRecord;
import io.ringtail.trading.TradingEventType;
import io.ringtail.trading.view.OrderSnapshot;
import io.ringtail.trading.view.OrdersProjection;
import io.ringtail.trading.view.RecordedTradingEvents;
import io.ringtail.trading.view.TradingViewConfig;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Group;
import org.openjdk.jmh.annotations.GroupThreads;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * Point reads of the orders view by id (what {@code GET /orders/{id}} costs) from one and from two reader
 * threads while a writer thread keeps rewriting order records, plus the same read with no writer as the
 * baseline. The writer loads the recording once, then cycles through its fills, cancels and amends
 * (skipping acceptances, so the view does not fill up): every event rewrites records readers hit.
 * On a 2-core machine the two-reader group runs three threads on two cores: read it as contention.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 2, time = 1)
public class OrdersViewReadBenchmark {
    @Param({"20000"})
    public int commands;

    private RecordedTradingEvents recorded;
    private OrdersProjection projection;
    private long highestOrderId;

    @State(Scope.Thread)
    public static class Reader {
        final OrderSnapshot order = new OrderSnapshot();
        final SplittableRandom random = new SplittableRandom(Thread.currentThread().getId());
    }

    @State(Scope.Thread)
    public static class Writer {
        final EventRecord record = new EventRecord();
        int offset;
    }

    @Setup(Level.Trial)
    public void load() {
        recorded = RecordedTradingEvents.generate(7, 100, commands);
        highestOrderId = recorded.domain().dump().nextOrderId() - 1;
        projection = new OrdersProjection(new TradingViewConfig((int) highestOrderId + 1, 101, 10, 100));
        recorded.applyAll(projection, new EventRecord());
    }

    private boolean read(Reader reader) {
        return projection.view().order(1 + reader.random.nextLong(highestOrderId), reader.order);
    }

    private void write(Writer writer) {
        EventRecord record = writer.record;
        do {
            record.wrap(recorded.buffer(), writer.offset);
            writer.offset += record.encodedLength();
            if (writer.offset >= recorded.length()) {
                writer.offset = 0;
            }
        } while (record.typeId() == TradingEventType.ORDER_ACCEPTED);
        projection.apply(record);
    }

    @Benchmark
    @Threads(1)
    public boolean readNoWriter(Reader reader) {
        return read(reader);
    }

    @Benchmark
    @Group("oneReader")
    @GroupThreads(1)
    public boolean oneReaderRead(Reader reader) {
        return read(reader);
    }

    @Benchmark
    @Group("oneReader")
    @GroupThreads(1)
    public void oneReaderWrite(Writer writer) {
        write(writer);
    }

    @Benchmark
    @Group("twoReaders")
    @GroupThreads(2)
    public boolean twoReadersRead(Reader reader) {
        return read(reader);
    }

    @Benchmark
    @Group("twoReaders")
    @GroupThreads(1)
    public void twoReadersWrite(Writer writer) {
        write(writer);
    }
}
