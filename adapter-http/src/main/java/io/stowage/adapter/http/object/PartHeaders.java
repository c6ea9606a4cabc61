package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import java.util.Locale;

/**
 * What a multipart part says about itself: its form field name, whether it carries a file name, and
 * its own Content-Type. Other headers are ignored.
 */
record PartHeaders(@Nullable String name, boolean hasFilename, @Nullable String contentType) {

    static PartHeaders parse(String block) {
        String name = null;
        boolean hasFilename = false;
        String contentType = null;
        for (String line : block.split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String header = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (header.equals("content-type")) {
                contentType = value.isEmpty() ? null : value;
            } else if (header.equals("content-disposition")) {
                name = parameter(value, "name");
                hasFilename = parameter(value, "filename") != null || parameter(value, "filename*") != null;
            }
        }
        return new PartHeaders(name, hasFilename, contentType);
    }

    /** A parameter of a header value such as {@code form-data; name="a"; filename="b.txt"}. */
    static @Nullable String parameter(String headerValue, String wanted) {
        int i = headerValue.indexOf(';');
        while (i >= 0 && i < headerValue.length()) {
            int eq = headerValue.indexOf('=', i);
            if (eq < 0) {
                return null;
            }
            String key = headerValue.substring(i + 1, eq).strip().toLowerCase(Locale.ROOT);
            int valueStart = eq + 1;
            String value;
            int next;
            if (valueStart < headerValue.length() && headerValue.charAt(valueStart) == '"') {
                StringBuilder quoted = new StringBuilder();
                int j = valueStart + 1;
                while (j < headerValue.length() && headerValue.charAt(j) != '"') {
                    char c = headerValue.charAt(j);
                    if (c == '\\' && j + 1 < headerValue.length()) {
                        c = headerValue.charAt(++j);
                    }
                    quoted.append(c);
                    j++;
                }
                value = quoted.toString();
                next = headerValue.indexOf(';', j);
            } else {
                next = headerValue.indexOf(';', valueStart);
                value = headerValue.substring(valueStart, next < 0 ? headerValue.length() : next).strip();
            }
            if (key.equals(wanted)) {
                return value;
            }
            i = next;
        }
        return null;
    }
}
