package io.stowage.adapter.http.observe;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.LoggerFactory;

/** Captures what the request log writes, as the raw lines and parsed, for the tests to wait on. */
final class AccessLines extends AppenderBase<ILoggingEvent> implements AutoCloseable {

    private final List<String> lines = new ArrayList<>();
    private final JsonMapper mapper;
    private final Logger logger = (Logger) LoggerFactory.getLogger(AccessLog.LOGGER);
    private final Level previous = logger.getLevel();

    private AccessLines(JsonMapper mapper) {
        this.mapper = mapper;
    }

    static AccessLines capture(JsonMapper mapper) {
        AccessLines captured = new AccessLines(mapper);
        captured.start();
        captured.logger.setLevel(Level.INFO);
        captured.logger.addAppender(captured);
        return captured;
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        // the request's fields as the JSON log format prints them (ts, level and logger aside)
        Map<String, Object> fields = new LinkedHashMap<>();
        if (event.getKeyValuePairs() != null) {
            event.getKeyValuePairs().forEach(pair -> fields.put(pair.key, pair.value));
        }
        lines.add(AccessLog.append(new JsonLine().string("level", event.getLevel().toString()), fields).end());
        notifyAll();
    }

    synchronized List<String> raw() {
        return List.copyOf(lines);
    }

    /** The raw line of the request with this id, waiting for it up to {@code millis}. */
    synchronized Optional<String> rawLine(String requestId, long millis) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (true) {
            for (String line : lines) {
                if (parse(line).get("request_id").getStringValue().equals(requestId)) {
                    return Optional.of(line);
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                return Optional.empty();
            }
            wait(left);
        }
    }

    JsonNode line(String requestId) throws InterruptedException {
        return parse(rawLine(requestId, 5000).orElseThrow(() ->
                new AssertionError("no request log line for " + requestId + " in " + raw())));
    }

    JsonNode parse(String line) {
        try {
            return mapper.readValue(line, JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + line, e);
        }
    }

    @Override
    public void close() {
        logger.detachAppender(this);
        logger.setLevel(previous);
        stop();
    }
}
