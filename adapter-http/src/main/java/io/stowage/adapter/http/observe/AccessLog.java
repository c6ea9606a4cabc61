package io.stowage.adapter.http.observe;

import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one JSON line per finished request on the {@code stowage.access} logger, whose appender prints
 * the message alone. The line holds identities and outcomes only: never a header, a query string (a
 * signed URL's token lives there) or an exception.
 */
@Singleton
final class AccessLog {

    static final String LOGGER = "stowage.access";
    private static final Logger LOG = LoggerFactory.getLogger(LOGGER);
    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

    void write(CompletedRequest request) {
        boolean serverError = request.status() >= 500;
        if (serverError ? LOG.isWarnEnabled() : LOG.isInfoEnabled()) {
            String line = line(request, serverError ? "WARN" : "INFO");
            if (serverError) {
                LOG.warn(line);
            } else {
                LOG.info(line);
            }
        }
    }

    static String line(CompletedRequest request, String level) {
        return new JsonLine()
                .string("ts", TIMESTAMP.format(request.timestamp()))
                .string("level", level)
                .string("request_id", request.requestId())
                .string("method", request.method())
                .string("operation", request.operation().name())
                .string("bucket", request.bucket())
                .string("path", request.path())
                .string("user_id", request.userId())
                .string("role", request.role())
                .number("status", (long) request.status())
                .number("size", request.size())
                .number("duration_ms", request.durationMs())
                .end();
    }
}
