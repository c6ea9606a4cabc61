package io.stowage.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.InvalidCredentials;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RoleTest {

    @Test
    void readsTheSupabaseRoleClaims() {
        assertEquals(Role.ANON, Role.fromClaim("anon"));
        assertEquals(Role.AUTHENTICATED, Role.fromClaim("authenticated"));
        assertEquals(Role.SERVICE_ROLE, Role.fromClaim("service_role"));
    }

    @Test
    void writesTheClaimItWasReadFrom() {
        for (Role role : Role.values()) {
            assertEquals(role, Role.fromClaim(role.claim()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "admin", "ANON", "Service_Role", "service-role", " anon", "supabase_admin"})
    void refusesUnknownRoles(String claim) {
        assertThrows(InvalidCredentials.class, () -> Role.fromClaim(claim));
    }

    @Test
    void refusesAMissingRole() {
        assertThrows(InvalidCredentials.class, () -> Role.fromClaim(null));
    }
}
