package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;
import java.util.Locale;

/**
 * A media type as sent by a client ("text/plain;charset=UTF-8"): kept as given for serving, compared
 * by its lower-cased essence without parameters.
 */
public record ContentType(String value) {

    private static final String TOKEN_SYMBOLS = "!#$&^_.+-";
    private static final int MAX_LENGTH = 255;

    // declared after the constants: static initializers run in order, and the constructor needs them
    public static final ContentType OCTET_STREAM = new ContentType("application/octet-stream");

    public ContentType {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest("content type is empty");
        }
        // checked before stripping: a line break anywhere, even trailing, means a smuggled header
        if (value.indexOf('\r') >= 0 || value.indexOf('\n') >= 0) {
            throw new InvalidRequest("content type must not contain line breaks");
        }
        value = value.strip();
        if (value.length() > MAX_LENGTH || !isPrintableAscii(value)) {
            throw new InvalidRequest("content type is not a valid media type");
        }
        if (!hasTokenEssence(value)) {
            throw new InvalidRequest("content type is not a valid media type: " + value);
        }
    }

    // loops, not regexes: every listed row builds a ContentType, so this runs 1000 times per page

    private static boolean isPrintableAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e) {
                return false;
            }
        }
        return true;
    }

    /** Whether the part before any ';', stripped, is "token/token"; case does not change what a token is. */
    private static boolean hasTokenEssence(String text) {
        int end = text.indexOf(';');
        end = end < 0 ? text.length() : end;
        int start = 0;
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        int slash = text.indexOf('/', start);
        return slash >= 0 && slash < end && isToken(text, start, slash) && isToken(text, slash + 1, end);
    }

    private static boolean isToken(String text, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean alphanumeric = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
            if (!alphanumeric && TOKEN_SYMBOLS.indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** The given header value, or application/octet-stream when there is none. */
    public static ContentType ofNullable(String header) {
        return header == null || header.isBlank() ? OCTET_STREAM : new ContentType(header);
    }

    /** "type/subtype" in lower case, parameters removed. */
    public String essence() {
        return essenceOf(value);
    }

    public String type() {
        String essence = essence();
        return essence.substring(0, essence.indexOf('/'));
    }

    private static String essenceOf(String raw) {
        int semicolon = raw.indexOf(';');
        String bare = semicolon < 0 ? raw : raw.substring(0, semicolon);
        return bare.strip().toLowerCase(Locale.ROOT);
    }
}
