package io.stowage.adapter.http.auth;

import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.claims.ClaimsGenerator;
import java.util.Map;

/**
 * The claims generator handed to the library's token generator: Stowage always mints from the claims it
 * writes out itself (Supabase's {@code role}/{@code sub}, a grant's), never from a login's authentication.
 */
final class ExplicitClaimsOnly implements ClaimsGenerator {

    @Override
    public Map<String, Object> generateClaims(Authentication authentication, Integer expiration) {
        throw new UnsupportedOperationException("Stowage mints tokens from explicit claims only");
    }

    @Override
    public Map<String, Object> generateClaimsSet(Map<String, ?> oldClaims, Integer expiration) {
        throw new UnsupportedOperationException("Stowage mints tokens from explicit claims only");
    }
}
