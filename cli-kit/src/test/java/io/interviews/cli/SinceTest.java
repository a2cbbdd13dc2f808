package io.interviews.cli;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code --since}: how long ago, sliding with the clock, or a fixed instant. */
class SinceTest {

    private static final Instant NOW = Instant.parse("2026-03-02T12:00:00Z");
    private final Since.Converter converter = new Since.Converter();

    @Test
    void howLongAgoCountsBackFromTheMomentItIsSeenAt() {
        assertEquals(NOW.minusSeconds(90), converter.convert("90s").from(NOW));
        assertEquals(NOW.minus(Duration.ofMinutes(15)), converter.convert("15m").from(NOW));
        assertEquals(NOW.minus(Duration.ofHours(24)), converter.convert("24h").from(NOW));
        assertEquals(NOW.minus(Duration.ofDays(7)), converter.convert("7d").from(NOW));
        assertEquals(NOW.plusSeconds(60).minus(Duration.ofHours(24)), converter.convert("24h").from(NOW.plusSeconds(60)));
    }

    @Test
    void anInstantStaysPut() {
        Since fixed = converter.convert("2026-03-02T09:00:00Z");

        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), fixed.from(NOW));
        assertEquals(Instant.parse("2026-03-02T09:00:00Z"), fixed.from(NOW.plusSeconds(3600)));
    }
}
