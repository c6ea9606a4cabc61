package io.stowage.adapter.http.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TimestampsTest {

    private static String reference(Instant instant) {
        return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    @Test
    void writesIsoInstantTruncatedToMicroseconds() {
        assertEquals("2024-03-05T07:08:09Z", Timestamps.iso(Instant.parse("2024-03-05T07:08:09Z")));
        assertEquals("2024-03-05T07:08:00Z", Timestamps.iso(Instant.parse("2024-03-05T07:08:00Z")));
        assertEquals("2024-03-05T07:08:09.120Z", Timestamps.iso(Instant.parse("2024-03-05T07:08:09.12Z")));
        assertEquals("2024-03-05T07:08:09.000001Z", Timestamps.iso(Instant.parse("2024-03-05T07:08:09.000001999Z")));
        assertEquals("2024-03-05T07:08:09.123450Z", Timestamps.iso(Instant.parse("2024-03-05T07:08:09.12345Z")));
        assertEquals("2024-03-05T07:08:09Z", Timestamps.iso(Instant.parse("2024-03-05T07:08:09.000000999Z")));
        assertEquals("1970-01-01T00:00:00Z", Timestamps.iso(Instant.EPOCH));
        assertNull(Timestamps.iso(null));
    }

    @Test
    void agreesWithIsoInstantAcrossTheWholeRange() {
        Instant[] edges = {Instant.parse("0000-01-01T00:00:00Z"), Instant.parse("0999-12-31T23:59:59.999999Z"),
            Instant.parse("9999-12-31T23:59:59.999999999Z"), Instant.parse("+10000-01-01T00:00:00Z"),
            Instant.parse("-0001-12-31T23:59:59.5Z"), Instant.MIN, Instant.MAX, Instant.ofEpochSecond(-1, 1000),
            Instant.parse("2024-02-29T12:00:00.001Z")};
        for (Instant edge : edges) {
            assertEquals(reference(edge), Timestamps.iso(edge));
        }
        Random random = new Random(7);
        for (int i = 0; i < 100_000; i++) {
            long seconds = -62_167_219_200L + (long) (random.nextDouble() * 320_000_000_000L);
            int nanos = switch (i % 4) {
                case 0 -> 0;
                case 1 -> random.nextInt(1000) * 1_000_000;
                case 2 -> random.nextInt(1_000_000) * 1000;
                default -> random.nextInt(1_000_000_000);
            };
            Instant instant = Instant.ofEpochSecond(seconds, nanos);
            assertEquals(reference(instant), Timestamps.iso(instant), instant::toString);
        }
    }
}
