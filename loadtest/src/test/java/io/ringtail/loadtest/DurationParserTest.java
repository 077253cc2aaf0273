package io.ringtail.loadtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationParserTest {

    @Test
    void shouldReadTheUnitsPeopleType() {
        assertEquals(Duration.ofSeconds(30), DurationParser.parse("30s"));
        assertEquals(Duration.ofMillis(500), DurationParser.parse("500ms"));
        assertEquals(Duration.ofNanos(250_000), DurationParser.parse("250us"));
        assertEquals(Duration.ofMinutes(2), DurationParser.parse("2m"));
        assertEquals(Duration.ofHours(1), DurationParser.parse("1h"));
        assertEquals(Duration.ofSeconds(7), DurationParser.parse("7"));
    }

    @Test
    void shouldRejectAnythingElse() {
        assertThrows(IllegalArgumentException.class, () -> DurationParser.parse("fast"));
        assertThrows(IllegalArgumentException.class, () -> DurationParser.parse("-5s"));
        assertThrows(IllegalArgumentException.class, () -> DurationParser.parse("1.5s"));
        assertThrows(IllegalArgumentException.class, () -> DurationParser.parse("9999999999999999999h"));
    }
}
