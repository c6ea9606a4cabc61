package io.stowage.domain.identity;

import io.stowage.domain.error.InvalidCredentials;

/** The role a token grants, as named in the Supabase `role` claim. */
public enum Role {
    ANON("anon"),
    AUTHENTICATED("authenticated"),
    SERVICE_ROLE("service_role");

    private final String claim;

    Role(String claim) {
        this.claim = claim;
    }

    public String claim() {
        return claim;
    }

    public static Role fromClaim(String claim) {
        for (Role role : values()) {
            if (role.claim.equals(claim)) {
                return role;
            }
        }
        throw new InvalidCredentials("the token's role is not one of anon, authenticated, service_role");
    }
}
