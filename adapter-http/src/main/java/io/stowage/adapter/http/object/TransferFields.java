package io.stowage.adapter.http.object;

import io.stowage.adapter.http.json.JsonFields;
import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;

/**
 * The body of a copy or move, as storage-js sends it: {@code {bucketId, sourceKey, destinationKey,
 * destinationBucket?}}, the destination bucket defaulting to the source's.
 */
final class TransferFields {

    private TransferFields() {
    }

    static ObjectTransfer of(Principal caller, JsonFields body) {
        BucketName source = new BucketName(required(body, "bucketId"));
        ObjectKey sourceKey = new ObjectKey(required(body, "sourceKey"));
        ObjectKey destinationKey = new ObjectKey(required(body, "destinationKey"));
        BucketName destination = body.string("destinationBucket").map(BucketName::new).orElse(source);
        return new ObjectTransfer(caller, source, sourceKey, destination, destinationKey);
    }

    private static String required(JsonFields body, String name) {
        return body.string(name).orElseThrow(() -> new InvalidRequest("'" + name + "' is required"));
    }
}
