package io.stowage.application.service;

import io.stowage.application.port.in.ListObjectKeys;
import io.stowage.application.port.out.BucketCatalog;
import io.stowage.application.port.out.ObjectCatalog;
import io.stowage.application.port.out.ObjectKeyQuery;
import io.stowage.domain.access.AccessRules;
import io.stowage.domain.access.ObjectScope;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.object.StoredObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Key-ordered listings with delimiter folding. Reads flat pages from the catalog; on meeting a common
 * prefix it jumps past every key under it (the next page starts at the prefix's successor), so a
 * folder of a million keys costs one row, not a million.
 */
public final class KeyListingService implements ListObjectKeys {

    private final ObjectAccess access;
    private final ObjectCatalog objects;

    public KeyListingService(BucketCatalog buckets, ObjectCatalog objects) {
        this.access = new ObjectAccess(buckets, objects);
        this.objects = objects;
    }

    @Override
    public Result listKeys(Command command) {
        Bucket bucket = access.bucket(command.bucket());
        ObjectScope scope = AccessRules.listingScope(command.caller(), bucket);
        if (scope.kind() == ObjectScope.Kind.NONE || command.maxKeys() == 0) {
            return new Result(List.of(), List.of(), false, Optional.empty());
        }
        String prefix = command.prefix();
        List<StoredObject> found = new ArrayList<>();
        List<String> folded = new ArrayList<>();
        String from = command.after().compareTo(prefix) < 0 ? prefix : command.after();
        boolean inclusive = command.after().compareTo(prefix) < 0;
        Optional<String> last = Optional.empty();
        while (true) {
            int wanted = command.maxKeys() - found.size() - folded.size() + 1;
            List<StoredObject> page = objects.listKeys(command.bucket(),
                    new ObjectKeyQuery(prefix, from, inclusive, scope, Math.min(wanted, ListObjectKeys.MAX_KEYS + 1)));
            if (page.isEmpty()) {
                return new Result(found, folded, false, last);
            }
            boolean jumped = false;
            for (StoredObject object : page) {
                String key = object.key().value();
                Optional<String> common = commonPrefix(key, prefix, command.delimiter());
                if (common.isPresent() && common.get().compareTo(command.after()) <= 0) {
                    // the page before this one ended inside this common prefix: it was listed already
                    Optional<String> next = KeySuccessor.of(common.get());
                    if (next.isEmpty()) {
                        return new Result(found, folded, false, last);
                    }
                    from = next.get();
                    inclusive = true;
                    jumped = true;
                    break;
                }
                if (found.size() + folded.size() == command.maxKeys()) {
                    return new Result(found, folded, true, last);
                }
                if (common.isPresent()) {
                    folded.add(common.get());
                    last = common;
                    Optional<String> next = KeySuccessor.of(common.get());
                    if (next.isEmpty()) {
                        return new Result(found, folded, false, last);
                    }
                    from = next.get();
                    inclusive = true;
                    jumped = true;
                    break;
                }
                found.add(object);
                last = Optional.of(key);
                from = key;
                inclusive = false;
            }
            if (!jumped && page.size() < Math.min(wanted, ListObjectKeys.MAX_KEYS + 1)) {
                return new Result(found, folded, false, last);
            }
        }
    }

    /** The key up to and including the first delimiter after the prefix, if the key has one there. */
    static Optional<String> commonPrefix(String key, String prefix, Optional<String> delimiter) {
        if (delimiter.isEmpty()) {
            return Optional.empty();
        }
        int at = key.indexOf(delimiter.get(), prefix.length());
        return at < 0 ? Optional.empty() : Optional.of(key.substring(0, at + delimiter.get().length()));
    }
}
