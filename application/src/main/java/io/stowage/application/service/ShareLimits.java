package io.stowage.application.service;

import io.stowage.domain.error.InvalidRequest;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How long a signed URL may work: a client asks for a whole number of seconds from 1 up to the
 * deployment's maximum; signed uploads default to two hours (never more than the maximum).
 */
public record ShareLimits(Duration maxExpiry) {

    public static final Duration DEFAULT_MAX_EXPIRY = Duration.ofDays(7);
    static final Duration DEFAULT_UPLOAD_EXPIRY = Duration.ofHours(2);

    public ShareLimits {
        Objects.requireNonNull(maxExpiry, "maxExpiry");
        if (maxExpiry.isNegative() || maxExpiry.getSeconds() < 1) {
            throw new IllegalArgumentException("the maximum signed URL expiry must be at least one second");
        }
    }

    /**
     * A maximum written as seconds ({@code 3600}) or with one unit ({@code 3600s}, {@code 90m},
     * {@code 24h}, {@code 7d}).
     */
    public static ShareLimits parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        long unitSeconds = switch (value.isEmpty() ? ' ' : value.charAt(value.length() - 1)) {
            case 's' -> 1;
            case 'm' -> 60;
            case 'h' -> 3600;
            case 'd' -> 86400;
            default -> 0;
        };
        String digits = unitSeconds == 0 ? value : value.substring(0, value.length() - 1);
        try {
            long amount = Long.parseLong(digits);
            return new ShareLimits(Duration.ofSeconds(Math.multiplyExact(amount, Math.max(unitSeconds, 1))));
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException("not a duration such as 604800, 7d, 24h or 3600s: '" + text + "'");
        }
    }

    /** The requested validity, refused unless it is 1 to {@link #maxExpiry()} seconds. */
    Duration expiry(long seconds) {
        if (seconds < 1 || seconds > maxExpiry.getSeconds()) {
            throw new InvalidRequest("expiresIn must be a whole number of seconds from 1 to " + maxExpiry.getSeconds());
        }
        return Duration.ofSeconds(seconds);
    }

    /** The validity of a signed upload URL: the requested one, else two hours capped at the maximum. */
    Duration uploadExpiry(OptionalLong seconds) {
        if (seconds.isPresent()) {
            return expiry(seconds.getAsLong());
        }
        return DEFAULT_UPLOAD_EXPIRY.compareTo(maxExpiry) <= 0 ? DEFAULT_UPLOAD_EXPIRY : maxExpiry;
    }
}
