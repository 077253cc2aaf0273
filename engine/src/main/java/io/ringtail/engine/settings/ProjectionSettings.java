package io.ringtail.engine.settings;

import io.ringtail.engine.projection.IdleStrategyKind;
import io.ringtail.engine.projection.ProjectionConfig;

/** The projection threads' settings; they build the {@link ProjectionConfig}. */
public final class ProjectionSettings {
    public static final SettingGroup GROUP = new SettingGroup("Projections");

    public static final Setting<IdleStrategyKind> PROJECTION_IDLE_STRATEGY = GROUP.add(Setting.of("projection-idle-strategy",
        "KIND", "notified", SettingParser.of("notified, backoff, sleeping, yielding, busy-spin", IdleStrategyKind::parse),
        "how projection threads wait for events: notified (park until the journal commits, woken by the writer), "
            + "backoff (spin, yield, then park up to 250 µs), sleeping, yielding, busy-spin"));
    public static final Setting<Integer> PROJECTION_THREADS = GROUP.add(Setting.of("projection-threads", "N", "1",
        SettingParser.integer(1, 4), "threads the projections share, round-robin"));

    private ProjectionSettings() {
    }

    /** View snapshots follow the same policy as the engine's state snapshots, in {@code <data-dir>/snapshots/view-<name>}. */
    public static ProjectionConfig projectionConfig(SettingValues values) {
        return new ProjectionConfig()
            .idleStrategy(values.get(PROJECTION_IDLE_STRATEGY))
            .threads(values.get(PROJECTION_THREADS))
            .snapshotPolicy(SnapshotSettings.policy(values))
            .snapshotDirectory(values.get(EngineSettings.DATA_DIR).resolve("snapshots"))
            .conclude();
    }
}
