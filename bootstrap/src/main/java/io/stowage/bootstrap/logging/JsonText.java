package io.stowage.bootstrap.logging;

/**
 * Appends a JSON string literal. Every character that could end the line or depend on the console's
 * encoding (line breaks, controls, all non-ASCII) is escaped, so no logged value can forge a line or a field.
 */
final class JsonText {

    private JsonText() {
    }

    static void quoted(StringBuilder json, String text) {
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
