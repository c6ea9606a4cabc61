package io.stowage.adapter.http.headers;

import io.micronaut.core.annotation.Nullable;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * HTTP dates (RFC 9110 §5.6.7): always written as IMF-fixdate ("Thu, 03 Dec 2026 18:18:38 GMT", two-digit
 * day; the JDK's RFC_1123 formatter writes "3 Dec"), read in any of the three forms a recipient must accept:
 * IMF-fixdate, the obsolete RFC 850 form and asctime.
 */
public final class HttpDate {

    private static final DateTimeFormatter IMF_FIXDATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.US);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMM", Locale.US);

    private HttpDate() {
    }

    /** The IMF-fixdate of {@code instant}, to the second. */
    public static String format(Instant instant) {
        return IMF_FIXDATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The instant a client's date header names, or empty when it is none of the three forms. */
    public static Optional<Instant> parse(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            if (text.length() == 29 && text.charAt(3) == ',') {
                return Optional.of(Instant.from(IMF_FIXDATE.parse(text)));
            }
            if (text.length() == 28 && text.charAt(3) == ',' && text.endsWith(" GMT")) {
                // the one-digit day this server wrote before, which clients still echo in If-Modified-Since
                return Optional.of(Instant.from(DateTimeFormatter.RFC_1123_DATE_TIME.parse(text)));
            }
            int comma = text.indexOf(',');
            if (comma > 3) {
                return rfc850(text, comma);
            }
            return asctime(text);
        } catch (DateTimeException | IndexOutOfBoundsException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** "Sunday, 06-Nov-94 08:49:37 GMT": a two-digit year more than 50 years ahead is in the past (RFC 9110). */
    private static Optional<Instant> rfc850(String text, int comma) {
        String[] parts = text.substring(comma + 1).strip().split(" ");
        if (parts.length != 3 || !"GMT".equals(parts[2]) || parts[0].length() != 9) {
            return Optional.empty();
        }
        String[] dayMonthYear = parts[0].split("-");
        if (dayMonthYear.length != 3 || dayMonthYear[0].length() != 2 || dayMonthYear[2].length() != 2) {
            return Optional.empty();
        }
        int day = Integer.parseInt(dayMonthYear[0]);
        int month = MONTH.parse(dayMonthYear[1]).get(ChronoField.MONTH_OF_YEAR);
        int twoDigits = Integer.parseInt(dayMonthYear[2]);
        int thisYear = LocalDate.now(ZoneOffset.UTC).getYear();
        int year = thisYear - thisYear % 100 + twoDigits;
        if (year > thisYear + 50) {
            year -= 100;
        }
        LocalDate date = LocalDate.of(year, month, day);
        if (!weekday(text.substring(0, comma), TextStyle.FULL).filter(date.getDayOfWeek()::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(date, LocalTime.parse(parts[1], TIME)).toInstant(ZoneOffset.UTC));
    }

    /** "Sun Nov  6 08:49:37 1994": the day is space-padded, the zone implied to be GMT. */
    private static Optional<Instant> asctime(String text) {
        String[] parts = text.split(" +");
        if (parts.length != 5 || parts[2].length() > 2 || parts[4].length() != 4) {
            return Optional.empty();
        }
        int month = MONTH.parse(parts[1]).get(ChronoField.MONTH_OF_YEAR);
        LocalDate date = LocalDate.of(Integer.parseInt(parts[4]), month, Integer.parseInt(parts[2]));
        if (!weekday(parts[0], TextStyle.SHORT).filter(date.getDayOfWeek()::equals).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(LocalDateTime.of(date, LocalTime.parse(parts[3], TIME)).toInstant(ZoneOffset.UTC));
    }

    private static Optional<DayOfWeek> weekday(String name, TextStyle style) {
        for (DayOfWeek day : DayOfWeek.values()) {
            if (day.getDisplayName(style, Locale.US).equals(name)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }
}
