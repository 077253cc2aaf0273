package io.ringtail.engine.settings;

import io.ringtail.engine.EngineConfig;
import io.ringtail.engine.WaitStrategyKind;
import io.ringtail.journal.DurabilityMode;

import java.nio.file.Path;

/** The journal's and the writer's settings; they build the {@link EngineConfig} (which opens the journal). */
public final class EngineSettings {
    public static final SettingGroup JOURNAL = new SettingGroup("Journal");
    public static final SettingGroup WRITER = new SettingGroup("Writer");

    public static final Setting<Path> DATA_DIR = JOURNAL.add(Setting.of("data-dir", "DIR", "./data", SettingParser.path(),
        "directory holding the journal"));
    public static final Setting<DurabilityMode> DURABILITY = JOURNAL.add(Setting.of("durability", "async|sync", "async",
        SettingParser.of("async, sync", DurabilityMode::parse),
        "async acks once the journal append is in the mapped file; sync forces it to disk per batch"));
    public static final Setting<WaitStrategyKind> WAIT_STRATEGY = WRITER.add(Setting.of("wait-strategy", "KIND", "blocking",
        SettingParser.of("blocking, sleeping, yielding, busy-spin", WaitStrategyKind::parse),
        "how the writer thread waits for commands: blocking (no CPU when idle; waking it costs ~30 µs at one "
            + "connection), sleeping (polls ~17,000 times a second: a quarter of a core idle), yielding, busy-spin "
            + "(a whole core each)"));
    public static final Setting<Integer> RING_SIZE = WRITER.add(Setting.of("ring-size", "N",
        String.valueOf(EngineConfig.DEFAULT_RING_SIZE), SettingParser.powerOfTwo(1 << 30),
        "command ring slots, a power of two; a full ring answers 503"));
    public static final Setting<Integer> MAX_BATCH_SIZE = WRITER.add(Setting.of("max-batch-size", "N",
        String.valueOf(EngineConfig.DEFAULT_MAX_BATCH_SIZE), SettingParser.integer(1, Integer.MAX_VALUE),
        "most commands per writer batch (one group commit each)"));
    public static final Setting<Long> SHUTDOWN_TIMEOUT_MS = WRITER.add(Setting.of("shutdown-timeout-ms", "MILLIS",
        String.valueOf(EngineConfig.DEFAULT_SHUTDOWN_TIMEOUT_MILLIS), SettingParser.wholeNumber(0, 3_600_000),
        "longest a shutdown waits for the ring to drain"));

    private EngineSettings() {
    }

    public static EngineConfig engineConfig(SettingValues values) {
        return new EngineConfig()
            .dataDirectory(values.get(DATA_DIR))
            .durability(values.get(DURABILITY))
            .waitStrategy(values.get(WAIT_STRATEGY))
            .ringSize(values.get(RING_SIZE))
            .maxBatchSize(values.get(MAX_BATCH_SIZE))
            .snapshotPolicy(SnapshotSettings.policy(values))
            .shutdownTimeoutMillis(values.get(SHUTDOWN_TIMEOUT_MS))
            .conclude();
    }
}
