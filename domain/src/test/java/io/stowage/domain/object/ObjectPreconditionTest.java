package io.stowage.domain.object;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.PreconditionFailed;
import io.stowage.domain.value.Checksum;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.VersionId;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ObjectPreconditionTest {

    private static final String HEX = "cd".repeat(32);
    private static final String ETAG = "\"" + HEX + "\"";
    private static final Optional<StoredObject> CURRENT = Optional.of(new StoredObject(UUID.randomUUID(),
            new BucketName("b1"), new ObjectKey("k"), VersionId.random(), 1, ContentType.OCTET_STREAM, new Checksum(HEX),
            Optional.empty(), Optional.empty(), Optional.empty(), Instant.EPOCH, Instant.EPOCH));

    private static ObjectPrecondition ifMatch(String... tags) {
        return new ObjectPrecondition(Optional.of(List.of(tags)), Optional.empty());
    }

    private static ObjectPrecondition ifNoneMatch(String... tags) {
        return new ObjectPrecondition(Optional.empty(), Optional.of(List.of(tags)));
    }

    @Test
    void noHeadersHoldWhateverIsThere() {
        assertDoesNotThrow(() -> ObjectPrecondition.none().check(CURRENT));
        assertDoesNotThrow(() -> ObjectPrecondition.none().check(Optional.empty()));
        assertFalse(ObjectPrecondition.none().requiresAbsence());
        assertFalse(ObjectPrecondition.none().expectsAnObject());
    }

    @Test
    void ifMatchNeedsTheCurrentObjectByStrongComparison() {
        assertDoesNotThrow(() -> ifMatch(ETAG).check(CURRENT));
        assertDoesNotThrow(() -> ifMatch("\"other\"", ETAG).check(CURRENT));
        assertDoesNotThrow(() -> ifMatch("*").check(CURRENT));
        assertThrows(PreconditionFailed.class, () -> ifMatch("\"other\"").check(CURRENT));
        assertThrows(PreconditionFailed.class, () -> ifMatch("W/" + ETAG).check(CURRENT), "weak tags never match strongly");
        assertThrows(PreconditionFailed.class, () -> ifMatch(ETAG).check(Optional.empty()));
        assertThrows(PreconditionFailed.class, () -> ifMatch("*").check(Optional.empty()));
        assertTrue(ifMatch(ETAG).expectsAnObject());
    }

    @Test
    void ifNoneMatchAnyIsCreateOnly() {
        assertTrue(ifNoneMatch("*").requiresAbsence());
        assertDoesNotThrow(() -> ifNoneMatch("*").check(Optional.empty()));
        assertThrows(PreconditionFailed.class, () -> ifNoneMatch("*").check(CURRENT));
    }

    @Test
    void ifNoneMatchWithTagsComparesWeakly() {
        assertFalse(ifNoneMatch(ETAG).requiresAbsence());
        assertThrows(PreconditionFailed.class, () -> ifNoneMatch("W/" + ETAG).check(CURRENT));
        assertDoesNotThrow(() -> ifNoneMatch("\"other\"").check(CURRENT));
    }

    @Test
    void entityTagComparisons() {
        assertTrue(EntityTags.strongMatch(ETAG, ETAG));
        assertFalse(EntityTags.strongMatch("W/" + ETAG, ETAG));
        assertTrue(EntityTags.weakMatch("W/" + ETAG, ETAG));
        assertFalse(EntityTags.weakMatch("\"a\"", ETAG));
        assertTrue(EntityTags.anyMatches(List.of("\"a\"", "*"), ETAG, false));
    }
}
