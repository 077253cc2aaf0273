package io.ringtail.engine.settings;

import io.ringtail.engine.EngineConfig;
import io.ringtail.journal.snapshot.SnapshotPolicy;

import java.util.Locale;

/**
 * When the state is snapshotted, by whom, and how many snapshots are kept. One {@link SnapshotPolicy} serves
 * the engine's state snapshots and the read views' (see {@link ProjectionSettings}).
 */
public final class SnapshotSettings {
    public static final SettingGroup GROUP = new SettingGroup("Snapshots");

    public static final Setting<Long> SNAPSHOT_EVERY_EVENTS = GROUP.add(Setting.of("snapshot-every-events", "N",
        String.valueOf(EngineConfig.DEFAULT_SNAPSHOT_POLICY.everyEvents()), SettingParser.wholeNumber(0, Long.MAX_VALUE),
        "snapshot the state (for fast recovery) after this many events; 0 = no event trigger"));
    public static final Setting<Long> SNAPSHOT_EVERY_SECONDS = GROUP.add(Setting.of("snapshot-every-seconds", "SECONDS",
        String.valueOf(EngineConfig.DEFAULT_SNAPSHOT_POLICY.everyMillis() / 1000),
        SettingParser.wholeNumber(0, 366L * 24 * 3600),
        "snapshot the state after this many seconds with new events; 0 = no time trigger (both 0 = no snapshots)"));
    public static final Setting<Boolean> SNAPSHOT_CAPTURE = GROUP.add(Setting.of("snapshot-capture", "replica|writer", "replica",
        SettingParser.of("replica, writer", SnapshotSettings::onReplica),
        "who serializes state snapshots: replica (a second copy of the state folds the journal on its own thread, "
            + "so the writer never pauses; the state's memory doubles) or writer (at a batch end on the writer "
            + "thread, which pauses it for the capture)"));
    public static final Setting<Integer> SNAPSHOT_KEEP = GROUP.add(Setting.of("snapshot-keep", "N",
        String.valueOf(EngineConfig.DEFAULT_SNAPSHOT_POLICY.keep()), SettingParser.integer(1, 1_000),
        "state snapshots kept in <data-dir>/snapshots/state, newest first, and as many per read view in "
            + "<data-dir>/snapshots/view-<name>"));

    private SnapshotSettings() {
    }

    public static SnapshotPolicy policy(SettingValues values) {
        return new SnapshotPolicy(values.get(SNAPSHOT_EVERY_EVENTS), values.get(SNAPSHOT_EVERY_SECONDS) * 1000,
            values.get(SNAPSHOT_KEEP));
    }

    /** True when a replica of the domain takes the state snapshots, false when the writer captures them. */
    public static boolean captureOnReplica(SettingValues values) {
        return values.get(SNAPSHOT_CAPTURE);
    }

    private static boolean onReplica(String text) {
        return switch (text.toLowerCase(Locale.ROOT)) {
            case "replica" -> true;
            case "writer" -> false;
            default -> throw new IllegalArgumentException("must be replica or writer");
        };
    }
}
