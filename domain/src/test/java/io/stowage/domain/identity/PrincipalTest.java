package io.stowage.domain.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.ErrorCode;
import io.stowage.domain.error.InvalidCredentials;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PrincipalTest {

    private static final UserId ALICE = new UserId("alice");
    private static final UserId BOB = new UserId("bob");

    @Test
    void anonymousHasNoUserAndIsNotAuthenticated() {
        Principal anon = Principal.anonymous();
        assertEquals(Role.ANON, anon.role());
        assertEquals(Optional.empty(), anon.user());
        assertFalse(anon.isAuthenticated());
        assertFalse(anon.isServiceRole());
    }

    @Test
    void anAnonTokenWithASubjectIsStrippedOfIt() {
        Principal anon = new Principal(Role.ANON, Optional.of(ALICE));
        assertEquals(Optional.empty(), anon.user());
        assertFalse(anon.is(Optional.of(ALICE)), "an anon key must never act as the subject's owner");
        assertEquals(Principal.anonymous(), anon);
    }

    @Test
    void anAuthenticatedPrincipalNeedsASubject() {
        InvalidCredentials error = assertThrows(InvalidCredentials.class,
                () -> new Principal(Role.AUTHENTICATED, Optional.empty()));
        assertEquals(ErrorCode.INVALID_JWT, error.code());
        Principal alice = Principal.authenticated(ALICE);
        assertEquals(Optional.of(ALICE), alice.user());
        assertTrue(alice.isAuthenticated());
        assertFalse(alice.isServiceRole());
    }

    @Test
    void theServiceRoleMayHaveOrLackAUserAndCountsAsAuthenticated() {
        Principal bare = Principal.serviceRole(Optional.empty());
        assertTrue(bare.isServiceRole());
        assertTrue(bare.isAuthenticated());
        assertEquals(Optional.empty(), bare.user());
        assertEquals(Optional.of(BOB), Principal.serviceRole(Optional.of(BOB)).user());
    }

    @Test
    void isComparesTheUserWithAnOwner() {
        Principal alice = Principal.authenticated(ALICE);
        assertTrue(alice.is(Optional.of(new UserId("alice"))));
        assertFalse(alice.is(Optional.of(BOB)));
        assertFalse(alice.is(Optional.empty()), "nobody owns an ownerless resource");
        assertFalse(Principal.serviceRole(Optional.empty()).is(Optional.empty()));
    }

    @Test
    void refusesNulls() {
        assertThrows(NullPointerException.class, () -> new Principal(null, Optional.empty()));
        assertThrows(NullPointerException.class, () -> new Principal(Role.ANON, null));
    }
}
