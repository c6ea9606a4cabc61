package io.stowage.adapter.http.observe;

/**
 * Writes one flat JSON object on one line. Every string is escaped, including line breaks and all
 * non-ASCII characters, so that no value a client chose (an object path) can end the line, forge a
 * field or depend on the console's encoding.
 */
final class JsonLine {

    private final StringBuilder json = new StringBuilder(256).append('{');

    JsonLine string(String name, String value) {
        key(name);
        if (value == null) {
            json.append("null");
        } else {
            quoted(value);
        }
        return this;
    }

    JsonLine number(String name, Long value) {
        key(name);
        json.append(value == null ? "null" : value.toString());
        return this;
    }

    String end() {
        return json.append('}').toString();
    }

    private void key(String name) {
        if (json.length() > 1) {
            json.append(',');
        }
        quoted(name);
        json.append(':');
    }

    private void quoted(String text) {
        json.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        json.append('"');
    }
}
