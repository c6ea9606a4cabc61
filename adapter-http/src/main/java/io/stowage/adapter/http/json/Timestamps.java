package io.stowage.adapter.http.json;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/** ISO-8601 times in JSON bodies; header dates are {@link io.stowage.adapter.http.headers.HttpDate}'s. */
public final class Timestamps {

    private static final long FIRST_SECOND_OF_YEAR_0 = -62_167_219_200L;
    private static final long FIRST_SECOND_OF_YEAR_10000 = 253_402_300_800L;
    private static final int MICROS_PER_MILLI = 1000;

    private Timestamps() {
    }

    /**
     * Microseconds, as PostgreSQL keeps them: an upload's answer and a later read agree to the digit.
     * The text is exactly {@link DateTimeFormatter#ISO_INSTANT}'s, written by hand for years 0 to 9999
     * because a listing page formats thousands of them and the formatter was a quarter of its CPU.
     */
    public static @Nullable String iso(@Nullable Instant instant) {
        if (instant == null) {
            return null;
        }
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_SECOND_OF_YEAR_0 || seconds >= FIRST_SECOND_OF_YEAR_10000) {
            return DateTimeFormatter.ISO_INSTANT.format(instant.truncatedTo(ChronoUnit.MICROS));
        }
        LocalDateTime time = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
        int micros = instant.getNano() / 1000;
        // like ISO_INSTANT: no fraction when zero, else the shortest of 3 or 6 digits that is exact
        int fractionDigits = micros == 0 ? 0 : micros % MICROS_PER_MILLI == 0 ? 3 : 6;
        char[] text = new char[fractionDigits == 0 ? 20 : 21 + fractionDigits];
        digits(text, 0, time.getYear(), 4);
        text[4] = '-';
        digits(text, 5, time.getMonthValue(), 2);
        text[7] = '-';
        digits(text, 8, time.getDayOfMonth(), 2);
        text[10] = 'T';
        digits(text, 11, time.getHour(), 2);
        text[13] = ':';
        digits(text, 14, time.getMinute(), 2);
        text[16] = ':';
        digits(text, 17, time.getSecond(), 2);
        if (fractionDigits > 0) {
            text[19] = '.';
            digits(text, 20, fractionDigits == 3 ? micros / MICROS_PER_MILLI : micros, fractionDigits);
        }
        text[text.length - 1] = 'Z';
        return new String(text);
    }

    /** Writes {@code value} as {@code count} decimal digits, zero-padded, at {@code at}. */
    private static void digits(char[] text, int at, int value, int count) {
        for (int i = at + count - 1; i >= at; i--) {
            text[i] = (char) ('0' + value % 10);
            value /= 10;
        }
    }
}
