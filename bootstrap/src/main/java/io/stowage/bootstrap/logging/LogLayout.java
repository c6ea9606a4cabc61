package io.stowage.bootstrap.logging;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.slf4j.event.KeyValuePair;

/**
 * The one format of every log line (Stowage's, the libraries', java.util.logging's through the bridge,
 * and the request log's), set by {@code STOWAGE_LOG_FORMAT}: JSON ({@code ts}, {@code level},
 * {@code logger}, {@code message}, then the event's key-value pairs, and {@code exception} when there
 * is one), or text ({@code HH:mm:ss.SSS LEVEL logger - message key=value ...}).
 */
public final class LogLayout extends LayoutBase<ILoggingEvent> {

    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss.SSS")
            .withZone(ZoneId.systemDefault());

    private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(24);
    private String format = "";
    private LogFormat chosen = LogFormat.JSON;

    /** From logback.xml: {@code text}, {@code json} or anything else for the default. */
    public void setFormat(String format) {
        this.format = format;
    }

    @Override
    public void start() {
        chosen = LogFormat.choose(format);
        super.start();
    }

    @Override
    public String doLayout(ILoggingEvent event) {
        return chosen == LogFormat.JSON ? json(event) : text(event);
    }

    private static String json(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(256).append("{\"ts\":\"")
                .append(ISO.format(Instant.ofEpochMilli(event.getTimeStamp()))).append("\",\"level\":\"")
                .append(event.getLevel()).append("\",\"logger\":");
        JsonText.quoted(line, event.getLoggerName());
        line.append(",\"message\":");
        JsonText.quoted(line, String.valueOf(event.getFormattedMessage()));
        for (KeyValuePair pair : pairs(event)) {
            line.append(',');
            JsonText.quoted(line, pair.key);
            line.append(':');
            if (pair.value == null) {
                line.append("null");
            } else if (pair.value instanceof Long || pair.value instanceof Integer) {
                line.append(pair.value);
            } else {
                JsonText.quoted(line, pair.value.toString());
            }
        }
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(",\"exception\":");
            JsonText.quoted(line, ThrowableProxyUtil.asString(thrown));
        }
        return line.append('}').append(CoreConstants.LINE_SEPARATOR).toString();
    }

    private String text(ILoggingEvent event) {
        StringBuilder line = new StringBuilder(160)
                .append(CLOCK.format(Instant.ofEpochMilli(event.getTimeStamp()))).append(' ')
                .append(String.format("%-5s", event.getLevel())).append(' ')
                .append(abbreviator.abbreviate(event.getLoggerName())).append(" - ")
                .append(oneLine(String.valueOf(event.getFormattedMessage())));
        for (KeyValuePair pair : pairs(event)) {
            line.append(' ').append(pair.key).append('=').append(pair.value == null ? "-" : oneLine(pair.value.toString()));
        }
        line.append(CoreConstants.LINE_SEPARATOR);
        IThrowableProxy thrown = event.getThrowableProxy();
        if (thrown != null) {
            line.append(ThrowableProxyUtil.asString(thrown)).append(CoreConstants.LINE_SEPARATOR);
        }
        return line.toString();
    }

    private static List<KeyValuePair> pairs(ILoggingEvent event) {
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        return pairs == null ? List.of() : pairs;
    }

    /** A value a client chose (an object path) must not start a line of its own in text either. */
    private static String oneLine(String text) {
        return text.replace("\r", "\\r").replace("\n", "\\n");
    }
}
