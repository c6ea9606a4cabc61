package io.stowage.adapter.http.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.stowage.domain.error.InvalidRequest;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HeaderValuesTest {

    @Test
    void contentEncodingsAreTokenLists() {
        assertEquals(Optional.of("gzip"), HeaderValues.contentEncoding(" gzip "));
        assertEquals(Optional.of("gzip, br"), HeaderValues.contentEncoding("gzip, br"));
        assertEquals(Optional.empty(), HeaderValues.contentEncoding(null));
        assertEquals(Optional.empty(), HeaderValues.contentEncoding(" "));
    }

    @Test
    void anythingElseIsRefused() {
        for (String bad : new String[] {"gzip\r\nX-Evil: 1", "gzip; q=1", "gzip,", "g zip", "gzip\u0000",
                "x".repeat(256), "gzïp"}) {
            assertThrows(InvalidRequest.class, () -> HeaderValues.contentEncoding(bad), bad);
        }
    }
}
