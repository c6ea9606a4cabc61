package io.stowage.adapter.http.json;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** The two time formats on the wire: ISO-8601 in JSON bodies, RFC 1123 in HTTP headers. */
public final class Timestamps {

    private Timestamps() {
    }

    /** Microseconds, as PostgreSQL keeps them: an upload's answer and a later read agree to the digit. */
    public static @Nullable String iso(@Nullable Instant instant) {
        return instant == null ? null : DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
    }

    public static String httpDate(Instant instant) {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(instant.atOffset(ZoneOffset.UTC));
    }
}
