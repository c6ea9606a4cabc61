package io.stowage.adapter.http.object;

import io.stowage.domain.error.BucketNotFound;
import io.stowage.domain.error.ObjectNotFound;
import java.util.function.Supplier;

/** Reads through /public/ URLs, where a missing bucket must not be told apart from a missing or hidden object. */
final class PublicRead {

    private PublicRead() {
    }

    static <T> T asMissingObject(ObjectPath path, Supplier<T> read) {
        try {
            return read.get();
        } catch (BucketNotFound missing) {
            throw new ObjectNotFound(path.bucket().value(), path.key().value());
        }
    }
}
