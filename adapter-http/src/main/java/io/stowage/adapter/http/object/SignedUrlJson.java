package io.stowage.adapter.http.object;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** The answer to signing one object: the client's relative {@code signedURL}, an absolute URL and the expiry. */
@Serdeable
record SignedUrlJson(
        @JsonProperty("signedURL") String signedUrl,
        String url,
        @JsonProperty("expires_at") String expiresAt) {
}
