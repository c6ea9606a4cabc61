package io.stowage.adapter.http.object;

import java.nio.charset.StandardCharsets;

/**
 * Content-Disposition values (RFC 6266): a quoted ASCII fallback name for old clients, and the exact
 * name as RFC 8187 (formerly 5987) UTF-8 percent-encoding, which every current browser prefers.
 */
final class ContentDisposition {

    private static final String ATTR_CHAR_SYMBOLS = "!#$&+-.^_`|~";

    private ContentDisposition() {
    }

    static String of(boolean attachment, String filename) {
        return (attachment ? "attachment" : "inline") + "; filename=\"" + asciiFallback(filename)
                + "\"; filename*=UTF-8''" + encoded(filename);
    }

    /**
     * Printable ASCII only, without quote, backslash and percent: quoting rules differ between
     * clients, and some decode percent signs; everything else becomes '_'.
     */
    static String asciiFallback(String name) {
        StringBuilder fallback = new StringBuilder(name.length());
        name.codePoints().forEach(c -> fallback.append(c >= 0x20 && c < 0x7f && c != '"' && c != '\\' && c != '%'
                ? (char) c : '_'));
        return fallback.toString();
    }

    /** RFC 8187 value-chars: attr-chars as they are, every other UTF-8 byte as %XX. */
    static String encoded(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ATTR_CHAR_SYMBOLS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
