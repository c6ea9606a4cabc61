package io.stowage.adapter.http.object;

import io.micronaut.serde.annotation.Serdeable;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.domain.object.StoredObject;

/** The system metadata of a file in a listing, in the shape the Supabase client expects. */
@Serdeable
record FileMetadataJson(String eTag, long size, String mimetype, String cacheControl, String lastModified,
        long contentLength, int httpStatusCode) {

    static FileMetadataJson of(StoredObject object) {
        return new FileMetadataJson(
                object.etag(),
                object.size(),
                object.contentType().value(),
                object.cacheControl().orElse(DownloadHeaders.DEFAULT_CACHE_CONTROL),
                Timestamps.iso(object.updatedAt()),
                object.size(),
                200);
    }
}
