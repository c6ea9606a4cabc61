package io.stowage.domain.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccessPolicyTest {

    @Test
    void parsesTheWireNames() {
        assertEquals(AccessPolicy.PUBLIC, AccessPolicy.parse("public"));
        assertEquals(AccessPolicy.AUTHENTICATED, AccessPolicy.parse("authenticated"));
        assertEquals(AccessPolicy.PRIVATE, AccessPolicy.parse("private"));
        for (AccessPolicy policy : AccessPolicy.values()) {
            assertEquals(policy, AccessPolicy.parse(policy.wireName()));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "PUBLIC", "Private", "open", "true", " public"})
    void refusesUnknownNames(String text) {
        assertThrows(InvalidRequest.class, () -> AccessPolicy.parse(text));
    }

    @Test
    void refusesNull() {
        assertThrows(InvalidRequest.class, () -> AccessPolicy.parse(null));
    }

    @Test
    void onlyAPublicBucketIsPublic() {
        assertTrue(AccessPolicy.PUBLIC.isPublic());
        assertFalse(AccessPolicy.AUTHENTICATED.isPublic());
        assertFalse(AccessPolicy.PRIVATE.isPublic());
    }
}
