package io.stowage.adapter.http.observe;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps the bucket label of the metrics bounded. Operators create buckets, but anyone can name a bucket
 * in a URL: a name becomes a label only once a request on it succeeded (so the bucket exists), and a
 * failed request on an unknown name counts under {@link #OTHER}. A cap guards against many buckets.
 */
final class BucketLabels {

    static final String OTHER = "_other";

    private final int capacity;
    private final Set<String> known = ConcurrentHashMap.newKeySet();

    BucketLabels(int capacity) {
        this.capacity = capacity;
    }

    String label(String bucket, int status) {
        if (bucket == null) {
            return OTHER;
        }
        if (known.contains(bucket)) {
            return bucket;
        }
        if (status < 400 && known.size() < capacity) {
            known.add(bucket);
            return bucket;
        }
        return OTHER;
    }
}
