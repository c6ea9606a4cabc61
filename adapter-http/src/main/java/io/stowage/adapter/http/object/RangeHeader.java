package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Range header the way object stores serve it: one byte range ("0-99", "100-", "-500") is
 * served alone; a header that is malformed, names another unit or asks for several ranges is ignored
 * (RFC 9110 allows that) and the whole object is served. A well-formed range that starts at or past the
 * end is unsatisfiable.
 */
final class RangeHeader {

    private static final Pattern SINGLE = Pattern.compile("(\\d*)-(\\d*)");
    private static final String UNIT = "bytes=";
    /** More digits than a long holds: any such position is past every object's end anyway. */
    private static final int MAX_DIGITS = 18;

    private RangeHeader() {
    }

    /** What a Range header asks of an object of {@code size} bytes. */
    sealed interface Request permits Whole, Partial, Unsatisfiable {
    }

    record Whole() implements Request {
    }

    record Partial(ByteRange range) implements Request {
    }

    record Unsatisfiable() implements Request {
    }

    static Request parse(@Nullable String header, long size) {
        Optional<Matcher> single = single(header);
        if (single.isEmpty()) {
            return new Whole();
        }
        String first = single.get().group(1);
        String last = single.get().group(2);
        if (first.isEmpty()) {
            long suffix = number(last);
            if (suffix == 0 || size == 0) {
                return new Unsatisfiable();
            }
            long length = Math.min(suffix, size);
            return new Partial(new ByteRange(size - length, length));
        }
        long offset = number(first);
        long end = last.isEmpty() ? Long.MAX_VALUE : number(last);
        if (end < offset) {
            return new Whole();
        }
        if (offset >= size) {
            return new Unsatisfiable();
        }
        return new Partial(new ByteRange(offset, Math.min(end, size - 1) - offset + 1));
    }

    private static Optional<Matcher> single(@Nullable String header) {
        if (header == null) {
            return Optional.empty();
        }
        String value = header.strip();
        if (!value.regionMatches(true, 0, UNIT, 0, UNIT.length())) {
            return Optional.empty();
        }
        Matcher matcher = SINGLE.matcher(value.substring(UNIT.length()).strip());
        if (!matcher.matches() || (matcher.group(1).isEmpty() && matcher.group(2).isEmpty())) {
            return Optional.empty();
        }
        return Optional.of(matcher);
    }

    private static long number(String digits) {
        return digits.length() > MAX_DIGITS ? Long.MAX_VALUE : Long.parseLong(digits);
    }
}
