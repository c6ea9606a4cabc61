package io.stowage.adapter.http.object;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.MutableHttpHeaders;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.domain.object.StoredObject;

/** The headers every read of an object carries, on GET and HEAD alike. */
final class DownloadHeaders {

    static final String DEFAULT_CACHE_CONTROL = "no-cache";

    private DownloadHeaders() {
    }

    static void apply(MutableHttpHeaders headers, StoredObject object) {
        // set, not add: each header must appear once whatever Micronaut adds on its own
        headers.set(HttpHeaders.CONTENT_TYPE, object.contentType().value());
        headers.set(HttpHeaders.CONTENT_LENGTH, Long.toString(object.size()));
        headers.set(HttpHeaders.ETAG, object.etag());
        headers.set(HttpHeaders.LAST_MODIFIED, Timestamps.httpDate(object.updatedAt()));
        headers.set(HttpHeaders.CACHE_CONTROL, object.cacheControl().orElse(DEFAULT_CACHE_CONTROL));
        headers.set(HttpHeaders.ACCEPT_RANGES, "bytes");
        // the API origin must never let a browser guess a stored object into something active
        headers.set("X-Content-Type-Options", "nosniff");
    }
}
