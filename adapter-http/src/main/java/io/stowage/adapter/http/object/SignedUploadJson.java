package io.stowage.adapter.http.object;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.micronaut.serde.annotation.Serdeable;

/** The answer to signing an upload: the client's relative {@code url} (holding the token), the token, the expiry. */
@Serdeable
record SignedUploadJson(String url, String token, @JsonProperty("expires_at") String expiresAt) {
}
