package io.stowage.adapter.http.error;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;

/** The JSON error body the Supabase client reads: status, stable code, reason phrase and message. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ErrorBody(String statusCode, String code, String error, String message) {
}
