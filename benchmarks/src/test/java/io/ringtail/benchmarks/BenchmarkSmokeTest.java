package io.ringtail.benchmarks;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;
import org.openjdk.jmh.runner.options.VerboseMode;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Not a measurement: checks that every JMH benchmark in the module (as listed in the generated
 * {@code META-INF/BenchmarkList}, so a new one cannot be forgotten) runs one short iteration in this JVM
 * without error and produces a score. One value per {@code @Param} (the first declared) keeps it short.
 */
class BenchmarkSmokeTest {
    /** What the module held when this test was written; a new benchmark is picked up anyway, this only guards the list itself. */
    private static final Set<String> KNOWN = Set.of(
        "io.ringtail.benchmarks.CounterPipelineBenchmark",
        "io.ringtail.benchmarks.baseline.BareChronicleAppendBenchmark",
        "io.ringtail.benchmarks.baseline.BareDisruptorBenchmark",
        "io.ringtail.benchmarks.baseline.BareRingToJournalBenchmark",
        "io.ringtail.benchmarks.codec.TradingCodecBenchmark",
        "io.ringtail.benchmarks.engine.EngineCrossingBenchmark",
        "io.ringtail.benchmarks.engine.EnginePlaceCancelBenchmark",
        "io.ringtail.benchmarks.journal.JournalAppendBenchmark",
        "io.ringtail.benchmarks.engine.WriterPlaceCancelBenchmark",
        "io.ringtail.benchmarks.view.OrdersProjectionApplyBenchmark",
        "io.ringtail.benchmarks.view.OrdersViewReadBenchmark");

    private static Set<String> listedClasses() {
        Set<String> classes = new TreeSet<>();
        for (BenchmarkListEntry entry : BenchmarkList.defaultList().getAll(null, List.of())) {
            classes.add(entry.getUserClassQName());
        }
        return classes;
    }

    @Test
    void benchmarkListHoldsAtLeastTheKnownClasses() {
        Set<String> listed = listedClasses();
        for (String known : KNOWN) {
            assertTrue(listed.contains(known), known + " is missing from META-INF/BenchmarkList: " + listed);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBenchmarkRunsOneShortIteration() {
        Set<String> listed = listedClasses();
        assertFalse(listed.isEmpty(), "no META-INF/BenchmarkList: was the JMH annotation processor run?");
        return listed.stream().map(name -> DynamicTest.dynamicTest(simpleName(name), () -> runOnce(name)));
    }

    private static void runOnce(String className) throws RunnerException, ClassNotFoundException {
        Map<String, String> params = firstParamValues(Class.forName(className));
        ChainedOptionsBuilder options = new OptionsBuilder()
            .include("^" + Pattern.quote(className) + "\\.")
            .forks(0)
            .warmupIterations(0)
            .measurementIterations(1)
            .measurementTime(TimeValue.milliseconds(200))
            .shouldFailOnError(true)
            .verbosity(VerboseMode.SILENT);
        params.forEach(options::param);
        Collection<RunResult> results = new Runner(options.build()).run();
        assertFalse(results.isEmpty(), className + " produced no result");
        List<String> methods = new ArrayList<>();
        for (RunResult result : results) {
            double score = result.getPrimaryResult().getScore();
            String label = result.getParams().getBenchmark() + " " + params;
            if (!(score > 0) || Double.isInfinite(score)) {
                fail(label + " scored " + score);
            }
            System.out.printf("smoke %s: %.0f %s%n", label, score, result.getPrimaryResult().getScoreUnit());
            methods.add(result.getParams().getBenchmark());
        }
        long expected = BenchmarkList.defaultList().getAll(null, List.of()).stream()
            .filter(e -> e.getUserClassQName().equals(className)).map(BenchmarkListEntry::getUsername).distinct().count();
        assertEquals(expected, methods.stream().distinct().count(), className + ": not every method ran: " + methods);
    }

    /** The first declared value of every {@code @Param} field of the class and its nested state classes. */
    private static Map<String, String> firstParamValues(Class<?> type) {
        Map<String, String> params = new LinkedHashMap<>();
        List<Class<?>> types = new ArrayList<>(List.of(type));
        types.addAll(List.of(type.getDeclaredClasses()));
        for (Class<?> t : types) {
            for (Field field : t.getDeclaredFields()) {
                Param param = field.getAnnotation(Param.class);
                if (param != null && param.value().length > 0) {
                    params.put(field.getName(), param.value()[0]);
                }
            }
        }
        return params;
    }

    private static String simpleName(String className) {
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
