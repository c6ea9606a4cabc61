package io.stowage.domain.bucket;

import io.stowage.domain.error.InvalidBucketName;
import java.util.regex.Pattern;

/** A bucket's name, which is also its id: 2 to 63 characters of [a-z0-9_.-], starting alphanumeric, no "..". */
public record BucketName(String value) {

    private static final Pattern FORM = Pattern.compile("^[a-z0-9][a-z0-9_.-]{1,62}$");

    public BucketName {
        if (value == null || !FORM.matcher(value).matches() || value.contains("..")) {
            throw new InvalidBucketName("Bucket name invalid: use 2 to 63 characters of a-z, 0-9, '_', '.', '-',"
                    + " starting with a letter or digit, without '..'");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
