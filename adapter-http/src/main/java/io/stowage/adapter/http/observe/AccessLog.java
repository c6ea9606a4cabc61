package io.stowage.adapter.http.observe;

import jakarta.inject.Singleton;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.spi.LoggingEventBuilder;

/**
 * Logs one line per finished request on the {@code stowage.access} logger, its facts as key-value
 * pairs, so that it comes out in the server's one log format (a JSON object per line by default). The
 * line holds identities and outcomes only: never a header, a query string (a signed URL's token lives
 * there) or an exception.
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
            LoggingEventBuilder line = serverError ? LOG.atWarn() : LOG.atInfo();
            for (Map.Entry<String, Object> field : fields(request).entrySet()) {
                line = line.addKeyValue(field.getKey(), field.getValue());
            }
            line.log("{} {} {}", request.method(), request.operation().name(), request.status());
        }
    }

    /** The request's fields in their order; null values are unknown or do not apply. */
    static Map<String, Object> fields(CompletedRequest request) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("request_id", request.requestId());
        fields.put("method", request.method());
        fields.put("operation", request.operation().name());
        fields.put("bucket", request.bucket());
        fields.put("path", request.path());
        fields.put("user_id", request.userId());
        fields.put("role", request.role());
        fields.put("status", (long) request.status());
        fields.put("size", request.size());
        fields.put("duration_ms", request.durationMs());
        return fields;
    }

    /** The request's fields as one JSON object, behind a timestamp and a level: what the JSON log shows of them. */
    static String line(CompletedRequest request, String level) {
        JsonLine json = new JsonLine()
                .string("ts", TIMESTAMP.format(request.timestamp()))
                .string("level", level);
        return append(json, fields(request)).end();
    }

    /** Adds {@code fields} to {@code json}: numbers as numbers, anything else as a string or null. */
    static JsonLine append(JsonLine json, Map<String, ?> fields) {
        for (Map.Entry<String, ?> field : fields.entrySet()) {
            if (field.getValue() instanceof Long number) {
                json.number(field.getKey(), number);
            } else {
                json.string(field.getKey(), field.getValue() == null ? null : field.getValue().toString());
            }
        }
        return json;
    }
}
