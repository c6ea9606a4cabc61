package io.stowage.domain.bucket;

import io.stowage.domain.error.InvalidRequest;
import java.util.regex.Pattern;

/**
 * The name of a configured blob store (a volume) that a bucket keeps its bytes on for good: 1 to 63
 * characters of [a-z0-9_-], starting with a letter or digit, so it is safe in settings keys and logs.
 */
public record VolumeName(String value) {

    private static final Pattern FORM = Pattern.compile("^[a-z0-9][a-z0-9_-]{0,62}$");

    /** The volume of the simple configuration form (one store), and of buckets made before volumes existed. */
    public static final VolumeName DEFAULT = new VolumeName("default");

    public VolumeName {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new InvalidRequest("Volume name invalid: use 1 to 63 characters of a-z, 0-9, '_', '-',"
                    + " starting with a letter or digit");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
