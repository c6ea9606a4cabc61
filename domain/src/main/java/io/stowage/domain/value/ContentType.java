package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A media type as sent by a client ("text/plain;charset=UTF-8"): kept as given for serving, compared
 * by its lower-cased essence without parameters.
 */
public record ContentType(String value) {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9!#$&^_.+-]+");
    private static final int MAX_LENGTH = 255;

    // declared after TOKEN: static initializers run in order, and the constructor needs TOKEN
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
        if (value.length() > MAX_LENGTH || value.chars().anyMatch(c -> c < 0x20 || c > 0x7e)) {
            throw new InvalidRequest("content type is not a valid media type");
        }
        String essence = essenceOf(value);
        int slash = essence.indexOf('/');
        if (slash <= 0 || !TOKEN.matcher(essence.substring(0, slash)).matches()
                || !TOKEN.matcher(essence.substring(slash + 1)).matches()) {
            throw new InvalidRequest("content type is not a valid media type: " + value);
        }
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
