package io.ringtail.peer;

import org.junit.jupiter.api.Test;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.util.Collection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Not a measurement: both exchange-core benchmarks run one short iteration, journal off and on, and score. */
class PeerBenchmarkSmokeTest {
    @Test
    void everyPeerBenchmarkRunsOneShortIterationWithAndWithoutItsJournal() throws RunnerException {
        Collection<RunResult> results = new Runner(new OptionsBuilder()
            .include("^io\\.ringtail\\.peer\\.Peer")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(300))
            .param("waitStrategy", "BLOCKING")
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT)
            .build()).run();
        assertEquals(4, results.size(), "two benchmarks × journal JOURNALED and OFF");
        for (RunResult result : results) {
            assertTrue(result.getPrimaryResult().getScore() > 0, result.getParams().getBenchmark() + " scored nothing");
        }
    }
}
