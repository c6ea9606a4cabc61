package io.stowage.domain.value;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.InvalidRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ByteSizeTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0           | 0",
        "1048576     | 1048576",
        "7b          | 7",
        "7 B         | 7",
        "1k          | 1024",
        "1kb         | 1024",
        "1KB         | 1024",
        "1 KiB       | 1024",
        "512KB       | 524288",
        "1mb         | 1048576",
        "1 MiB       | 1048576",
        "1.5 MB      | 1572864",
        "1GB         | 1073741824",
        "1gi         | 1073741824",
        "10tb        | 10995116277760",
        "0.5kb       | 512",
        "0.1kb       | 102",
    })
    void parsesNumbersAndBinaryUnits(String text, long expected) {
        assertEquals(expected, ByteSize.parse(text).bytes());
    }

    @Test
    void ignoresSurroundingWhitespace() {
        assertEquals(42, ByteSize.parse("  42 \t").bytes());
        assertEquals(2048, ByteSize.parse(" 2 KB ").bytes());
    }

    @Test
    void parsesLargePlainByteCountsExactly() {
        assertEquals(9007199254740993L, ByteSize.parse("9007199254740993").bytes());
        assertEquals(Long.MAX_VALUE, ByteSize.parse(String.valueOf(Long.MAX_VALUE)).bytes());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "abc", "-1", "+1", "1.", ".5", "1e3", "1 pb", "1 kbb", "1 bytes", "1,5MB",
        "MB", "1 M B", "0x10", "1KB extra", "9223372036854775808", "8388608TB", "99999999999999999999999999"})
    void refusesJunkNegativesAndOverflow(String text) {
        assertThrows(InvalidRequest.class, () -> ByteSize.parse(text));
    }

    @Test
    void refusesNullAndNegativeBytes() {
        assertThrows(InvalidRequest.class, () -> ByteSize.parse(null));
        assertThrows(InvalidRequest.class, () -> ByteSize.ofBytes(-1));
    }

    @Test
    void comparesAndTakesTheMinimum() {
        ByteSize small = ByteSize.ofBytes(10);
        ByteSize large = ByteSize.ofBytes(20);
        assertSame(small, small.min(large));
        assertSame(small, large.min(small));
        assertTrue(small.compareTo(large) < 0);
        assertEquals(0, small.compareTo(ByteSize.ofBytes(10)));
        assertEquals("10 B", small.toString());
    }
}
