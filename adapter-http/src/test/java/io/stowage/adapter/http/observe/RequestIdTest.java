package io.stowage.adapter.http.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdTest {

    @Test
    void aSaneClientIdIsKept() {
        assertEquals("req-1.A_z", RequestId.reuseOrGenerate("req-1.A_z"));
        String longest = "a".repeat(RequestId.MAX_LENGTH);
        assertEquals(longest, RequestId.reuseOrGenerate(longest));
    }

    @Test
    void anythingElseIsReplacedByAFreshId() {
        for (String offered : new String[] {null, "", "a".repeat(RequestId.MAX_LENGTH + 1), "has space",
                "quote\"d", "new\nline", "slash/ed", "caf\u00e9", "{\"json\":1}"}) {
            String id = RequestId.reuseOrGenerate(offered);
            assertNotEquals(offered, id);
            assertTrue(RequestId.isSane(id), id);
            assertEquals(id, UUID.fromString(id).toString());
        }
    }

    @Test
    void generatedIdsDiffer() {
        assertNotEquals(RequestId.reuseOrGenerate(null), RequestId.reuseOrGenerate(null));
        assertFalse(RequestId.isSane("a b"));
    }
}
