package io.stowage.adapter.http.headers;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import java.time.Clock;

/**
 * Writes the {@code Date} header of every response as IMF-fixdate. Micronaut's own Date header uses
 * RFC_1123_DATE_TIME, whose day has one digit before the 10th, which RFC 9110 does not allow; Micronaut
 * only adds its own when none is set, so this one stands.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class DateHeaderFilter {

    private final Clock clock = Clock.systemUTC();

    @ResponseFilter
    void date(MutableHttpResponse<?> response) {
        response.getHeaders().set(HttpHeaders.DATE, HttpDate.format(clock.instant()));
    }
}
