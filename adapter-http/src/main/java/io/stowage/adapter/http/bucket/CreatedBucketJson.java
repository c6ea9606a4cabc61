package io.stowage.adapter.http.bucket;

import io.micronaut.serde.annotation.Serdeable;

/** The answer to a bucket creation: {"name": id}, as the Supabase server sends it. */
@Serdeable
record CreatedBucketJson(String name) {
}
