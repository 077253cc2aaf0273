package io.ringtail.engine.projection;

import org.agrona.concurrent.BackoffIdleStrategy;
import org.agrona.concurrent.BusySpinIdleStrategy;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class IdleStrategyKindTest {
    @Test
    void shouldParseConfigurationNamesAndDefaultToBackoff() {
        assertEquals(IdleStrategyKind.BUSY_SPIN, IdleStrategyKind.parse("busy-spin"));
        assertEquals(IdleStrategyKind.SLEEPING, IdleStrategyKind.parse(" Sleeping "));
        assertEquals(IdleStrategyKind.NOTIFIED, IdleStrategyKind.parse("notified"));
        assertInstanceOf(BusySpinIdleStrategy.class, IdleStrategyKind.BUSY_SPIN.create());
        assertInstanceOf(BackoffIdleStrategy.class, new ProjectionConfig().idleStrategy().create());
    }

    @Test
    void shouldRejectUnknownNamesAndBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> IdleStrategyKind.parse("spin-fast"));
        assertThrows(IllegalArgumentException.class, () -> new ProjectionConfig().batchEntries(0).conclude());
        assertThrows(IllegalArgumentException.class, () -> new ProjectionConfig().maxPendingWaiters(0).conclude());
        assertThrows(IllegalArgumentException.class, () -> new ProjectionConfig().threads(0).conclude());
    }
}
