package io.ringtail.engine.settings;

import io.ringtail.engine.EngineConfig;
import io.ringtail.journal.snapshot.SnapshotPolicy;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SettingValuesTest {
    private final SettingGroup group = new SettingGroup("Test");
    private final Setting<Integer> ringSize = group.add(Setting.of("ring-size", "N", "16", SettingParser.powerOfTwo(1024),
        "slots"));
    private final Setting<Path> keysFile = group.add(Setting.of("keys-file", "FILE", null, SettingParser.path(), "keys")
        .unsetMeans("<data-dir>/api-keys.json"));
    private final Setting<Boolean> dev = group.add(Setting.toggle("dev", "no keys"));

    @Test
    void shouldDeriveFlagVariableAndFileKeyFromTheName() {
        assertEquals("--ring-size", ringSize.flag());
        assertEquals("RINGTAIL_RING_SIZE", ringSize.environmentVariable());
        assertEquals("ringSize", ringSize.fileKey());
        assertEquals("power of two, 2..1024", ringSize.range());
        assertEquals("<data-dir>/api-keys.json", keysFile.shownDefault());
        assertTrue(dev.isSwitch());
        assertEquals(List.of(ringSize, keysFile, dev), group.settings(), "declaration order");
    }

    @Test
    void shouldLetALaterSourceOverwriteAnEarlierOneAndLeaveUnsetWithoutADefault() {
        SettingValues values = SettingValues.defaults(List.of(group));
        assertEquals(16, values.get(ringSize));
        assertEquals(false, values.get(dev));
        assertNull(values.get(keysFile));
        values.set(ringSize, " 64 ", "RINGTAIL_RING_SIZE").set(ringSize, "128", "--ring-size");
        assertEquals(128, values.get(ringSize));
    }

    @Test
    void shouldNameTheSourceAndTheTextOfABadValue() {
        SettingValues values = SettingValues.defaults(List.of(group));
        assertEquals("invalid --ring-size '100': must be a power of two",
            assertThrows(SettingException.class, () -> values.set(ringSize, "100", "--ring-size")).getMessage());
        assertEquals("invalid RINGTAIL_RING_SIZE 'x': must be a whole number",
            assertThrows(SettingException.class, () -> values.set(ringSize, "x", "RINGTAIL_RING_SIZE")).getMessage());
        assertEquals("invalid --ring-size '2048': must be within 2..1024",
            assertThrows(SettingException.class, () -> values.set(ringSize, "2048", "--ring-size")).getMessage());
        assertEquals(16, values.get(ringSize), "a refused value changes nothing");
    }

    @Test
    void shouldBuildTheEngineAndProjectionConfigsFromTheirDeclarations() {
        SettingValues values = SettingValues.defaults(List.of(EngineSettings.JOURNAL, EngineSettings.WRITER,
            SnapshotSettings.GROUP, ProjectionSettings.GROUP));
        values.set(EngineSettings.DATA_DIR, "/tmp/rt", "test").set(SnapshotSettings.SNAPSHOT_EVERY_SECONDS, "7", "test");
        EngineConfig engine = EngineSettings.engineConfig(values);
        assertEquals(Path.of("/tmp/rt"), engine.dataDirectory());
        assertEquals(EngineConfig.DEFAULT_RING_SIZE, engine.ringSize());
        assertEquals(new SnapshotPolicy(1_000_000, 7_000, 3), engine.snapshotPolicy());
        assertEquals(Path.of("/tmp/rt/snapshots"), ProjectionSettings.projectionConfig(values).snapshotDirectory());
        assertTrue(SnapshotSettings.captureOnReplica(values));
    }
}
