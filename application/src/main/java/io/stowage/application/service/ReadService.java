package io.stowage.application.service;

import io.stowage.application.port.in.DownloadObject;
import io.stowage.application.port.in.FindObject;
import io.stowage.application.port.in.ListObjects;
import io.stowage.application.port.out.BlobLocation;
import io.stowage.application.port.out.BlobMissing;
import io.stowage.application.port.out.BlobStore;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectListEntry;
import io.stowage.application.port.out.ObjectListQuery;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.StoredObject;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;

/** The read use cases: metadata, bytes and folder listings, each showing only what the caller may read. */
public final class ReadService implements FindObject, DownloadObject, ListObjects {

    private static final Logger LOG = System.getLogger(ReadService.class.getName());
    private static final int MAX_OPEN_ATTEMPTS = 3;
    public static final int MAX_LIST_LIMIT = 1000;
    private static final int MAX_PREFIX_LENGTH = 1024;

    private final ObjectAccess access;
    private final ObjectCatalog objects;
    private final BlobStore blobs;

    public ReadService(BucketCatalog buckets, ObjectCatalog objects, BlobStore blobs) {
        this.access = new ObjectAccess(buckets, objects);
        this.objects = objects;
        this.blobs = blobs;
    }

    @Override
    public StoredObject findObject(Principal caller, BucketName bucketName, ObjectKey key) {
        return access.readableWithBucket(caller, bucketName, key).object();
    }

    @Override
    public DownloadObject.Result download(Principal caller, BucketName bucketName, ObjectKey key) {
        ObjectAccess.Readable first = access.readableWithBucket(caller, bucketName, key);
        Bucket bucket = first.bucket();
        for (int attempt = 1; attempt <= MAX_OPEN_ATTEMPTS; attempt++) {
            StoredObject object = attempt == 1 ? first.object() : access.readable(caller, bucket, key);
            try {
                return new DownloadObject.Result(object, blobs.open(BlobLocation.of(bucket, object)));
            } catch (BlobMissing missing) {
                // an overwrite may have replaced and discarded this version since we read the row
                LOG.log(Level.DEBUG, "blob vanished while opening, reading the row again: " + missing.getMessage());
            }
        }
        LOG.log(Level.ERROR, "object row without its blob: bucket=" + bucketName + " key=" + key);
        throw new ObjectNotFound(bucketName.value(), key.value());
    }

    @Override
    public List<ObjectListEntry> listObjects(ListObjects.Command command) {
        Bucket bucket = access.bucket(command.bucket());
        if (command.limit() < 1 || command.limit() > MAX_LIST_LIMIT) {
            throw new InvalidRequest("limit must be between 1 and " + MAX_LIST_LIMIT);
        }
        if (command.offset() < 0) {
            throw new InvalidRequest("offset must not be negative");
        }
        String prefix = folderPrefix(command.prefix());
        String search = command.search() == null ? "" : command.search();
        if (prefix.length() + search.length() > MAX_PREFIX_LENGTH || search.contains("/")) {
            throw new InvalidRequest("search must be a name start within the folder, without '/'");
        }
        ObjectScope scope = AccessRules.listingScope(command.caller(), bucket);
        if (scope.kind() == ObjectScope.Kind.NONE) {
            return List.of();
        }
        return objects.list(command.bucket(), new ObjectListQuery(prefix, search, scope, command.sortColumn(),
                command.descending(), command.limit(), command.offset()));
    }

    /** "" for the root; otherwise the folder path ending with exactly one '/'. */
    static String folderPrefix(String raw) {
        if (raw == null || raw.isEmpty() || raw.equals("/")) {
            return "";
        }
        String prefix = raw.endsWith("/") ? raw : raw + "/";
        if (prefix.startsWith("/") || prefix.contains("//") || prefix.length() > MAX_PREFIX_LENGTH
                || prefix.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidRequest("prefix is not a folder path");
        }
        return prefix;
    }
}
