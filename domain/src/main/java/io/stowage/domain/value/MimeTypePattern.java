package io.stowage.domain.value;

import io.stowage.domain.error.InvalidRequest;
import java.util.Locale;

/** One entry of a bucket's allowed MIME types: "image/png", "image/*" or "*&#47;*". */
public record MimeTypePattern(String value) {

    public MimeTypePattern {
        if (value == null || value.isBlank()) {
            throw new InvalidRequest("an allowed mime type is empty");
        }
        value = value.strip().toLowerCase(Locale.ROOT);
        int semicolon = value.indexOf(';');
        if (semicolon >= 0) {
            value = value.substring(0, semicolon).strip();
        }
        int slash = value.indexOf('/');
        if (slash <= 0 || slash == value.length() - 1 || value.indexOf('/', slash + 1) >= 0) {
            throw new InvalidRequest("not a mime type pattern: " + value);
        }
        String type = value.substring(0, slash);
        if (type.equals("*") && !value.equals("*/*")) {
            throw new InvalidRequest("not a mime type pattern: " + value);
        }
        // validates the characters; '*' is accepted only as a whole subtype
        String probe = value.endsWith("/*") ? type + "/x" : value;
        if (!type.equals("*")) {
            new ContentType(probe);
        }
    }

    public boolean matches(ContentType contentType) {
        String essence = contentType.essence();
        if (value.equals("*/*")) {
            return true;
        }
        if (value.endsWith("/*")) {
            return essence.startsWith(value.substring(0, value.length() - 1));
        }
        return essence.equals(value);
    }
}
