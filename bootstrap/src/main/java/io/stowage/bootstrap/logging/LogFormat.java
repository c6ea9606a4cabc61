package io.stowage.bootstrap.logging;

import java.util.Locale;
import java.util.Optional;

/** How log lines are written: one JSON object per line, or text for a person at a terminal. */
public enum LogFormat {
    TEXT, JSON;

    /** {@code text} or {@code json}, any case; empty for anything else. */
    public static Optional<LogFormat> named(String name) {
        return switch (name == null ? "" : name.strip().toLowerCase(Locale.ROOT)) {
            case "text" -> Optional.of(TEXT);
            case "json" -> Optional.of(JSON);
            default -> Optional.empty();
        };
    }

    /** The chosen format, or by default text on a terminal and JSON otherwise (a file, a pipe, a collector). */
    static LogFormat choose(String configured) {
        return named(configured).orElseGet(() -> System.console() != null ? TEXT : JSON);
    }
}
