package io.ringtail.benchmarks.journal;

import io.ringtail.benchmarks.BenchmarkFiles;
import io.ringtail.benchmarks.baseline.BaselineSlot;
import io.ringtail.journal.DurabilityMode;
import io.ringtail.journal.EventRecord;
import io.ringtail.journal.Journal;
import io.ringtail.journal.JournalAppender;
import io.ringtail.journal.JournalConfig;
import org.agrona.concurrent.UnsafeBuffer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The journal alone: Ringtail's {@link JournalAppender} (ASYNC) appending entries of one event record of
 * {@link BaselineSlot#MESSAGE_BYTES} bytes, the same bytes {@code BareChronicleAppendBenchmark} writes, and
 * committing every {@code commitEvery} entries as the writer does at the end of a ring batch. One op is one
 * entry. With {@code commitEvery=1} each entry is its own Chronicle document, like the bare baseline; above
 * that the appender packs the batch into one document.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JournalAppendBenchmark {
    @Param({"1", "100"})
    public int commitEvery;

    private final UnsafeBuffer record = new UnsafeBuffer(new byte[BaselineSlot.MESSAGE_BYTES]);
    private Path dir;
    private Journal journal;
    private JournalAppender appender;
    private long sequence;
    private int uncommitted;

    @Setup(Level.Trial)
    public void open() {
        dir = BenchmarkFiles.freshDirectory("journal-append");
        journal = Journal.open(new JournalConfig(dir, DurabilityMode.ASYNC));
        appender = journal.createAppender();
        sequence = appender.lastSequence();
        EventRecord.writeHeader(record, 0, 0, 1, 0, 1, 1, BaselineSlot.MESSAGE_BYTES - EventRecord.HEADER_LENGTH);
    }

    @Benchmark
    public void append() {
        long next = ++sequence;
        record.putLong(EventRecord.SEQUENCE_OFFSET, next);
        record.putLong(EventRecord.COMMAND_ID_OFFSET, next);
        appender.append(record, 0, BaselineSlot.MESSAGE_BYTES, 1, next);
        if (++uncommitted == commitEvery) {
            uncommitted = 0;
            appender.endOfBatch();
        }
    }

    @TearDown(Level.Trial)
    public void close() {
        appender.endOfBatch();
        journal.close();
        BenchmarkFiles.delete(dir);
    }
}
