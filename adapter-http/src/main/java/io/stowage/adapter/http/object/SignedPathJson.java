package io.stowage.adapter.http.object;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** One path of a batch signing: its URLs and expiry, or {@code null} URLs and the reason. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record SignedPathJson(
        String path,
        @JsonProperty("signedURL") @Nullable String signedUrl,
        @Nullable String url,
        @JsonProperty("expires_at") @Nullable String expiresAt,
        @Nullable String error) {
}
