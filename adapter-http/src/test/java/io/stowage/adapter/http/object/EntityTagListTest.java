package io.stowage.adapter.http.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.InvalidRequest;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntityTagListTest {

    @Test
    void readsStarListsWeakTagsAndBareValues() {
        assertEquals(Optional.of(List.of("*")), EntityTagList.parseLenient(" * "));
        assertEquals(Optional.of(List.of("\"a\"", "W/\"b\"")), EntityTagList.parseLenient("\"a\", W/\"b\""));
        assertEquals(Optional.of(List.of("\"abc123\"")), EntityTagList.parseLenient("abc123"));
        assertEquals(Optional.of(List.of("\"a\"")), EntityTagList.parseLenient("\"a\",,"));
        assertEquals(Optional.empty(), EntityTagList.parseLenient(null));
    }

    @Test
    void malformedHeadersAreIgnoredOnReadsAndRefusedOnWrites() {
        for (String header : new String[] {"\"unterminated", "W/bare", "\"a\"b\"", "a b", ""}) {
            assertEquals(Optional.empty(), EntityTagList.parseLenient(header), header);
            assertThrows(InvalidRequest.class, () -> EntityTagList.parse("If-Match", header), header);
        }
        assertEquals(Optional.empty(), EntityTagList.parse("If-Match", null));
    }
}
