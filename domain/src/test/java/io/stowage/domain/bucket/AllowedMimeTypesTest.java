package io.stowage.domain.bucket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.MimeTypePattern;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllowedMimeTypesTest {

    @Test
    void anEmptyListPermitsEveryType() {
        assertTrue(AllowedMimeTypes.ANY.isUnrestricted());
        assertTrue(AllowedMimeTypes.ANY.permits(new ContentType("application/x-anything")));
        assertTrue(AllowedMimeTypes.of(List.of()).permits(new ContentType("text/html")));
    }

    @Test
    void noListMeansAny() {
        assertSame(AllowedMimeTypes.ANY, AllowedMimeTypes.of(null));
    }

    @Test
    void permitsWhenAnyPatternMatchesAndRefusesOtherwise() {
        AllowedMimeTypes allowed = AllowedMimeTypes.of(List.of("image/*", "application/pdf"));
        assertFalse(allowed.isUnrestricted());
        assertTrue(allowed.permits(new ContentType("image/png")));
        assertTrue(allowed.permits(new ContentType("Application/PDF; x=y")));
        assertFalse(allowed.permits(new ContentType("text/plain")));
        assertFalse(allowed.permits(new ContentType("application/zip")));
    }

    @Test
    void keepsTheNormalizedValues() {
        assertEquals(List.of("image/png", "text/*"), AllowedMimeTypes.of(List.of(" IMAGE/PNG", "Text/*")).values());
    }

    @Test
    void refusesAMalformedEntry() {
        assertThrows(InvalidRequest.class, () -> AllowedMimeTypes.of(List.of("image/png", "nonsense")));
    }

    @Test
    void isImmutableAgainstTheCallersList() {
        List<MimeTypePattern> source = new ArrayList<>(List.of(new MimeTypePattern("image/png")));
        AllowedMimeTypes allowed = new AllowedMimeTypes(source);
        source.add(new MimeTypePattern("text/plain"));
        assertEquals(1, allowed.patterns().size());
        assertThrows(UnsupportedOperationException.class, () -> allowed.patterns().add(new MimeTypePattern("a/b")));
    }
}
