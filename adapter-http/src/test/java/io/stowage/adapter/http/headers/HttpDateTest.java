package io.stowage.adapter.http.headers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpDateTest {

    /** RFC 9110 §5.6.7 IMF-fixdate: day-name "," SP 2DIGIT SP month SP 4DIGIT SP time SP "GMT". */
    static final Pattern IMF_FIXDATE = Pattern.compile(
            "(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \\d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \\d{4}"
                    + " \\d{2}:\\d{2}:\\d{2} GMT");

    private static final Instant NOV_6_1994 = Instant.parse("1994-11-06T08:49:37Z");

    @Test
    void aDayBeforeTheTenthHasTwoDigits() {
        assertEquals("Sun, 06 Nov 1994 08:49:37 GMT", HttpDate.format(NOV_6_1994));
        assertEquals("Thu, 03 Dec 2026 18:18:38 GMT", HttpDate.format(Instant.parse("2026-12-03T18:18:38.999Z")));
    }

    @Test
    void everyDayOfAYearMatchesTheGrammar() {
        Instant day = Instant.parse("2026-01-01T00:00:00Z");
        for (int i = 0; i < 366; i++) {
            String text = HttpDate.format(day.plusSeconds(86_400L * i + 3_599));
            assertTrue(IMF_FIXDATE.matcher(text).matches(), text);
            assertEquals(Optional.of(day.plusSeconds(86_400L * i + 3_599)), HttpDate.parse(text));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Sun, 06 Nov 1994 08:49:37 GMT", "Sunday, 06-Nov-94 08:49:37 GMT",
        "Sun Nov  6 08:49:37 1994", "  Sun, 06 Nov 1994 08:49:37 GMT ", "Sun, 6 Nov 1994 08:49:37 GMT"})
    void theThreeFormsOfRfc9110AreRead(String text) {
        assertEquals(Optional.of(NOV_6_1994), HttpDate.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not a date", "Mon, 06 Nov 1994 08:49:37 GMT",
        "Sun, 06 Nov 1994 08:49:37 PST", "Sunday, 06-Nov-1994 08:49:37 GMT", "Sun Nov 31 08:49:37 1994",
        "Sun Nov  6 25:49:37 1994", "1994-11-06T08:49:37Z"})
    void anythingElseIsNoDate(String text) {
        assertEquals(Optional.empty(), HttpDate.parse(text));
    }

    @Test
    void noHeaderIsNoDate() {
        assertEquals(Optional.empty(), HttpDate.parse(null));
    }
}
