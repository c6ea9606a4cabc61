package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import io.stowage.bootstrap.logging.LogLayout;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * With STOWAGE_LOG_FORMAT=json every log line is one JSON object with ts, level, logger and message:
 * Stowage's own, a java.util.logging record (bridged at start) and the request log with its fields.
 */
class JsonLogLinesTest {

    @Test
    void julRecordsAppLinesAndTheRequestLogAreAllOneJsonObjectPerLine() throws Exception {
        URI server = TestServer.shared().url();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        OutputStreamAppender<ILoggingEvent> appender = jsonAppender(context, out);
        Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(appender); // the request log's logger is additive: its lines reach the root's appenders
        try {
            java.util.logging.Logger.getLogger("stowage.test.jul").warning("a record from java.util.logging");
            LoggerFactory.getLogger("stowage.test.app").info("two\nlines \"quoted\" caf\u00e9");
            Api anyone = new Api(server, null);
            assertEquals(200, anyone.send(anyone.request("/health").header("X-Request-Id", "json-log-1").GET()).statusCode());

            JsonNode request = awaitLine(out, "stowage.access", "json-log-1");
            assertEquals("INFO", request.get("level").asText());
            assertEquals("GET", request.get("method").asText());
            assertEquals("health", request.get("operation").asText());
            assertTrue(request.get("status").isNumber(), request.toString());
            assertEquals(200, request.get("status").asInt());

            List<JsonNode> lines = lines(out);
            JsonNode jul = find(lines, "stowage.test.jul").orElseThrow(() -> new AssertionError("no JUL line: " + out));
            assertEquals("WARN", jul.get("level").asText());
            assertEquals("a record from java.util.logging", jul.get("message").asText());
            JsonNode app = find(lines, "stowage.test.app").orElseThrow(() -> new AssertionError("no app line: " + out));
            assertEquals("two\nlines \"quoted\" caf\u00e9", app.get("message").asText(), "escaped on one line, read back whole");
        } finally {
            root.detachAppender(appender);
            appender.stop();
        }
    }

    private static OutputStreamAppender<ILoggingEvent> jsonAppender(LoggerContext context, ByteArrayOutputStream out) {
        LogLayout layout = new LogLayout();
        layout.setContext(context);
        layout.setFormat("json");
        layout.start();
        LayoutWrappingEncoder<ILoggingEvent> encoder = new LayoutWrappingEncoder<>();
        encoder.setContext(context);
        encoder.setLayout(layout);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        return appender;
    }

    /** Every captured line, each parsed as JSON and holding the four fields; fails on any other line. */
    private static List<JsonNode> lines(ByteArrayOutputStream out) {
        String text;
        synchronized (out) {
            text = out.toString(StandardCharsets.UTF_8);
        }
        List<JsonNode> lines = new ArrayList<>();
        for (String line : text.split("\n")) {
            assertTrue(line.startsWith("{") && line.endsWith("}"), "not one JSON object: " + line);
            JsonNode json = Json.parse(line);
            for (String field : List.of("ts", "level", "logger", "message")) {
                assertTrue(json.hasNonNull(field), field + " missing: " + line);
            }
            lines.add(json);
        }
        return lines;
    }

    private static Optional<JsonNode> find(List<JsonNode> lines, String logger) {
        return lines.stream().filter(l -> logger.equals(l.get("logger").asText())).findFirst();
    }

    /** The request log is written once the answer is sent: poll for it with a deadline. */
    private static JsonNode awaitLine(ByteArrayOutputStream out, String logger, String requestId) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (System.nanoTime() < deadline) {
            Optional<JsonNode> line = lines(out).stream()
                    .filter(l -> logger.equals(l.get("logger").asText()) && requestId.equals(l.path("request_id").asText()))
                    .findFirst();
            if (line.isPresent()) {
                return line.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no request log line for " + requestId + ":\n" + out);
    }
}
