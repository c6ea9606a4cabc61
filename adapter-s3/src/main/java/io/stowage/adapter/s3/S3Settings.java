package io.stowage.adapter.s3;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** How to reach the S3 bucket that holds the blobs, as configured under {@code stowage.s3}. */
record S3Settings(
        String endpoint,
        String region,
        String bucket,
        String accessKey,
        String secretKey,
        boolean pathStyle,
        String prefix,
        Duration connectTimeout,
        Duration ioTimeout) {

    static final String ENDPOINT = "stowage.s3.endpoint";
    static final String REGION = "stowage.s3.region";
    static final String BUCKET = "stowage.s3.bucket";
    static final String ACCESS_KEY = "stowage.s3.access-key";
    static final String SECRET_KEY = "stowage.s3.secret-key";
    static final String PATH_STYLE = "stowage.s3.path-style";
    static final String PREFIX = "stowage.s3.prefix";
    static final String CONNECT_TIMEOUT = "stowage.s3.connect-timeout";
    static final String IO_TIMEOUT = "stowage.s3.io-timeout";

    S3Settings {
        require(endpoint, ENDPOINT);
        require(region, REGION);
        require(bucket, BUCKET);
        require(accessKey, ACCESS_KEY);
        require(secretKey, SECRET_KEY);
        Objects.requireNonNull(connectTimeout, CONNECT_TIMEOUT);
        Objects.requireNonNull(ioTimeout, IO_TIMEOUT);
    }

    private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m)");

    /**
     * Reads "500ms", "10s", "2m" or ISO-8601 ("PT10S"). Done here because micronaut-inject alone has no
     * converter to {@link Duration}.
     */
    static Duration duration(String setting, String text) {
        Matcher match = SHORT_DURATION.matcher(text.strip());
        if (match.matches()) {
            long amount = Long.parseLong(match.group(1));
            return switch (match.group(2)) {
                case "ms" -> Duration.ofMillis(amount);
                case "s" -> Duration.ofSeconds(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
        try {
            return Duration.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(setting + " must be a duration such as 10s, 500ms or PT1M");
        }
    }

    /** Names the settings that are missing, never a value: this message ends up in start-up logs. */
    private static void require(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(setting + " must be set when stowage.backend is s3");
        }
    }

    /** Leaves the keys out, so the settings can be logged. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                + ", pathStyle=" + pathStyle + ", prefix=" + prefix + "]";
    }
}
