package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A non-negative number of bytes, parsed from plain numbers or binary units ("1GB" is 2^30 bytes). */
public record ByteSize(long bytes) implements Comparable<ByteSize> {

    private static final Pattern FORM = Pattern.compile("^\\s*(\\d+(?:\\.\\d+)?)\\s*([kmgt]i?b?|b)?\\s*$");

    public ByteSize {
        if (bytes < 0) {
            throw new InvalidRequest("a size cannot be negative: " + bytes);
        }
    }

    public static ByteSize ofBytes(long bytes) {
        return new ByteSize(bytes);
    }

    /** Parses "1048576", "512KB", "1.5 MB", "1GiB", "10tb"; units are powers of 1024. */
    public static ByteSize parse(String text) {
        if (text == null) {
            throw new InvalidRequest("a size is required");
        }
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new InvalidRequest("not a size: '" + text + "' (use a number of bytes or units B, KB, MB, GB, TB)");
        }
        // exact decimal arithmetic: a double would round byte counts above 2^53
        BigDecimal number = new BigDecimal(m.group(1));
        String unit = m.group(2) == null ? "b" : m.group(2);
        int shift = switch (unit.charAt(0)) {
            case 'k' -> 10;
            case 'm' -> 20;
            case 'g' -> 30;
            case 't' -> 40;
            default -> 0;
        };
        BigInteger value = number.multiply(new BigDecimal(BigInteger.ONE.shiftLeft(shift)))
                .setScale(0, RoundingMode.FLOOR).toBigInteger();
        if (value.bitLength() > 63) {
            throw new InvalidRequest("size too large: '" + text + "'");
        }
        return new ByteSize(value.longValueExact());
    }

    public ByteSize min(ByteSize other) {
        return bytes <= other.bytes ? this : other;
    }

    @Override
    public int compareTo(ByteSize other) {
        return Long.compare(bytes, other.bytes);
    }

    @Override
    public String toString() {
        return bytes + " B";
    }
}
