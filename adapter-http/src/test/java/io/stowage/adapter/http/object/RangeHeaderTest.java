package io.stowage.adapter.http.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RangeHeaderTest {

    private static final long SIZE = 1000;

    private static ByteRange partial(String header, long size) {
        return assertInstanceOf(RangeHeader.Partial.class, RangeHeader.parse(header, size), header).range();
    }

    @ParameterizedTest(name = "{0} -> {1}+{2}")
    @CsvSource({
        "bytes=0-0, 0, 1",
        "bytes=999-999, 999, 1",
        "bytes=0-999, 0, 1000",
        "bytes=100-199, 100, 100",
        "bytes=100-, 100, 900",
        "bytes=-500, 500, 500",
        "bytes=-1, 999, 1",
        "bytes=-5000, 0, 1000",
        "bytes=900-5000, 900, 100",
        "BYTES=1-2, 1, 2",
        "bytes=0-99999999999999999999999, 0, 1000",
        "bytes=-99999999999999999999999, 0, 1000"})
    void servesOneRangeClampedToTheObject(String header, long offset, long length) {
        assertEquals(new ByteRange(offset, length), partial(header, SIZE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bytes=1000-", "bytes=1000-1000", "bytes=5000-6000", "bytes=-0",
        "bytes=99999999999999999999999-"})
    void aRangeStartingPastTheEndIsUnsatisfiable(String header) {
        assertInstanceOf(RangeHeader.Unsatisfiable.class, RangeHeader.parse(header, SIZE), header);
    }

    @Test
    void anEmptyObjectSatisfiesNoRange() {
        assertInstanceOf(RangeHeader.Unsatisfiable.class, RangeHeader.parse("bytes=0-0", 0));
        assertInstanceOf(RangeHeader.Unsatisfiable.class, RangeHeader.parse("bytes=-10", 0));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "bytes=", "bytes=-", "bytes=a-b", "bytes=5-1", "bytes=0-1,3-4", "bytes=0-1, 5-",
        "items=0-1", "bytes 0-1", "bytes=1 - 2", "bytes=--1", "bytes=0x1-2", "0-1"})
    void malformedOrMultipleRangesAreIgnored(String header) {
        assertInstanceOf(RangeHeader.Whole.class, RangeHeader.parse(header, SIZE), header);
    }

    @Test
    void noHeaderMeansTheWholeObject() {
        assertInstanceOf(RangeHeader.Whole.class, RangeHeader.parse(null, SIZE));
    }

    @Test
    void contentRangeNamesFirstAndLastByteAndTheSize() {
        assertEquals("bytes 0-0/1000", new ByteRange(0, 1).contentRange(SIZE));
        assertEquals("bytes 500-999/1000", partial("bytes=-500", SIZE).contentRange(SIZE));
    }
}
