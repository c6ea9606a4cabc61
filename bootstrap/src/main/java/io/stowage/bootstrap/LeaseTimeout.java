package io.stowage.bootstrap;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Duration;

/**
 * {@code stowage.cleanup.lease-timeout} (default 30s): how long an instance may go without renewing its
 * heartbeat before the uploads it holds count as dead; the heartbeat runs at a sixth of it, at most every
 * five seconds, so a live instance misses several beats before it could lose its uploads.
 */
@Singleton
final class LeaseTimeout {

    static final String SETTING = "STOWAGE_CLEANUP_LEASE_TIMEOUT";
    private static final Duration MAX_INTERVAL = Duration.ofSeconds(5);

    private final Duration value;

    LeaseTimeout(@Value("${stowage.cleanup.lease-timeout:30s}") String value) {
        Duration parsed;
        try {
            parsed = parse(value);
        } catch (RuntimeException e) {
            parsed = Duration.ZERO;
        }
        if (parsed.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new StartupFailure(SETTING + " must be a duration of at least one second such as 30s or 2m, not '"
                    + value + "'");
        }
        this.value = parsed;
    }

    Duration value() {
        return value;
    }

    /** How often this instance renews its heartbeat. */
    Duration heartbeatInterval() {
        Duration sixth = value.dividedBy(6);
        return sixth.compareTo(MAX_INTERVAL) > 0 ? MAX_INTERVAL : sixth;
    }

    /** 30s, 2m, 1h, 500ms, or a number of seconds. */
    private static Duration parse(String text) {
        String trimmed = text.strip().toLowerCase(java.util.Locale.ROOT);
        if (trimmed.endsWith("ms")) {
            return Duration.ofMillis(Long.parseLong(trimmed.substring(0, trimmed.length() - 2)));
        }
        long amount = Long.parseLong(trimmed.replaceAll("[smh]$", ""));
        return switch (trimmed.charAt(trimmed.length() - 1)) {
            case 'm' -> Duration.ofMinutes(amount);
            case 'h' -> Duration.ofHours(amount);
            default -> Duration.ofSeconds(amount);
        };
    }
}
