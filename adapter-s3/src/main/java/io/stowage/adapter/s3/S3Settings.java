package io.stowage.adapter.s3;

import io.stowage.application.port.out.VolumeSettings;
import java.time.Duration;
import java.util.Objects;

/**
 * How to reach the S3 bucket that holds one volume's blobs, as configured under {@code settingPrefix}
 * ({@code stowage.s3.} in the simple form, {@code stowage.volumes.<name>.} for a named volume).
 */
record S3Settings(
        String settingPrefix,
        String endpoint,
        String region,
        String bucket,
        String accessKey,
        String secretKey,
        boolean pathStyle,
        String prefix,
        Duration connectTimeout,
        Duration ioTimeout) {

    static final String SIMPLE_FORM = "stowage.s3.";

    static final String ENDPOINT = "endpoint";
    static final String REGION = "region";
    static final String BUCKET = "bucket";
    static final String ACCESS_KEY = "access-key";
    static final String SECRET_KEY = "secret-key";
    static final String PATH_STYLE = "path-style";
    static final String PREFIX = "prefix";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String IO_TIMEOUT = "io-timeout";

    S3Settings {
        Objects.requireNonNull(settingPrefix, "settingPrefix");
        require(endpoint, settingPrefix + ENDPOINT);
        require(region, settingPrefix + REGION);
        require(bucket, settingPrefix + BUCKET);
        require(accessKey, settingPrefix + ACCESS_KEY);
        require(secretKey, settingPrefix + SECRET_KEY);
        Objects.requireNonNull(connectTimeout, CONNECT_TIMEOUT);
        Objects.requireNonNull(ioTimeout, IO_TIMEOUT);
    }

    /** Settings of the simple form, {@code stowage.s3.*}. */
    S3Settings(String endpoint, String region, String bucket, String accessKey, String secretKey, boolean pathStyle,
            String prefix, Duration connectTimeout, Duration ioTimeout) {
        this(SIMPLE_FORM, endpoint, region, bucket, accessKey, secretKey, pathStyle, prefix, connectTimeout, ioTimeout);
    }

    /** Reads one volume's settings; the defaults: region us-east-1, path-style on, 10 s to connect, 60 s per read. */
    static S3Settings from(VolumeSettings volume) {
        return new S3Settings(volume.prefix(),
                volume.optional(ENDPOINT).orElse(null),
                volume.text(REGION, "us-east-1"),
                volume.optional(BUCKET).orElse(null),
                volume.optional(ACCESS_KEY).orElse(null),
                volume.optional(SECRET_KEY).orElse(null),
                volume.flag(PATH_STYLE, true),
                volume.optional(PREFIX).orElse(null),
                duration(volume.prefix() + CONNECT_TIMEOUT, volume.text(CONNECT_TIMEOUT, "10s")),
                duration(volume.prefix() + IO_TIMEOUT, volume.text(IO_TIMEOUT, "60s")));
    }

    /** The full name of one of these settings, for messages. */
    String setting(String key) {
        return settingPrefix + key;
    }

    /**
     * Reads "500ms", "10s", "2m" or ISO-8601 ("PT10S"). Done here because micronaut-inject alone has no
     * converter to {@link Duration}.
     */
    static Duration duration(String setting, String text) {
        return VolumeSettings.parseDuration(text).orElseThrow(
                () -> new IllegalStateException(setting + " must be a duration such as 10s, 500ms or PT1M"));
    }

    /** Names the settings that are missing, never a value: this message ends up in start-up logs. */
    private static void require(String value, String setting) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(setting + " must be set");
        }
    }

    /** Leaves the keys out, so the settings can be logged. */
    @Override
    public String toString() {
        return "S3Settings[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket
                + ", pathStyle=" + pathStyle + ", prefix=" + prefix + "]";
    }
}
