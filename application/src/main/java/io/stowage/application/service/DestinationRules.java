package io.stowage.application.service;

import io.stowage.domain.access.AccessRules;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.ObjectAlreadyExists;
import io.stowage.domain.error.PayloadTooLarge;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentType;
import java.util.Optional;
import java.util.OptionalLong;

/** The rules a destination sets for every write into it, checked before the first byte is read. */
final class DestinationRules {

    private final StorageLimits limits;

    DestinationRules(StorageLimits limits) {
        this.limits = limits;
    }

    /**
     * Write access, the size limit (the bucket's, capped by the global one) and the allowed MIME types;
     * {@code action} ("upload objects") names what a caller without write access must sign in to do.
     *
     * @return the most bytes the write may store
     */
    long admit(Principal caller, Bucket bucket, ContentType contentType, OptionalLong knownLength, String action) {
        if (!AccessRules.canCreateObject(caller, bucket)) {
            throw new AccessDenied("Sign in to " + action);
        }
        long limit = bucket.effectiveSizeLimit(limits.maxFileSize()).bytes();
        if (knownLength.isPresent() && knownLength.getAsLong() > limit) {
            throw new PayloadTooLarge(limit);
        }
        if (!bucket.settings().allowedMimeTypes().permits(contentType)) {
            throw new UnsupportedMimeType(contentType.essence());
        }
        return limit;
    }

    /**
     * The object the write will replace, once the caller may replace it and the precondition holds. ETags
     * are compared only after the access check, so that If-Match cannot serve a caller without rights as an
     * oracle for another user's content checksum.
     */
    static Optional<StoredObject> replaceable(Principal caller, Bucket bucket, ObjectKey key, WriteRule rule,
            Optional<StoredObject> existing) {
        ObjectPrecondition precondition = rule.precondition();
        if (existing.isEmpty()) {
            precondition.check(existing);
            return existing;
        }
        if (precondition.requiresAbsence()) {
            precondition.check(existing);
        }
        if (!rule.upsert() && !precondition.expectsAnObject()) {
            throw new ObjectAlreadyExists(bucket.name().value(), key.value());
        }
        if (!AccessRules.canReplaceObject(caller, bucket, existing.get())) {
            throw new AccessDenied("Only the object's or the bucket's owner may overwrite it");
        }
        precondition.check(existing);
        return existing;
    }
}
