package io.stowage.application.port.in;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.StoredObject;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Lists a bucket's keys in order, S3's way: any key prefix, keys sharing the part up to a delimiter
 * folded into one common prefix, resumed after a key or common prefix, showing only what the caller
 * may read.
 */
public interface ListObjectKeys {

    int MAX_KEYS = 1000;

    /**
     * @param after resume strictly after this key or common prefix ("" from the start); a common prefix
     *     that sorts at or before it is not repeated
     * @param maxKeys how many keys and common prefixes together, 0 to {@link #MAX_KEYS}
     */
    record Command(Principal caller, BucketName bucket, String prefix, Optional<String> delimiter, String after,
            int maxKeys) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(bucket, "bucket");
            Objects.requireNonNull(prefix, "prefix");
            Objects.requireNonNull(after, "after");
            delimiter = delimiter == null ? Optional.empty() : delimiter.filter(text -> !text.isEmpty());
            if (maxKeys < 0 || maxKeys > MAX_KEYS) {
                throw new InvalidRequest("max-keys must be between 0 and " + MAX_KEYS);
            }
        }
    }

    /**
     * @param last the last key or common prefix of this page, where the next page resumes
     */
    record Result(List<StoredObject> objects, List<String> commonPrefixes, boolean truncated, Optional<String> last) {

        public Result {
            objects = List.copyOf(objects);
            commonPrefixes = List.copyOf(commonPrefixes);
        }
    }

    Result listKeys(Command command);
}
