package io.stowage.adapter.http.s3;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** A small XML writer for S3's response documents: elements in order, text escaped. */
final class S3Xml {

    static final String NAMESPACE = "http://s3.amazonaws.com/doc/2006-03-01/";

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");

    S3Xml open(String name) {
        out.append('<').append(name).append('>');
        return this;
    }

    /** The document's root element, in S3's namespace. */
    S3Xml root(String name) {
        out.append('<').append(name).append(" xmlns=\"").append(NAMESPACE).append("\">");
        return this;
    }

    S3Xml close(String name) {
        out.append("</").append(name).append('>');
        return this;
    }

    S3Xml element(String name, Object text) {
        return open(name).text(String.valueOf(text)).close(name);
    }

    S3Xml text(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return this;
    }

    /** S3's timestamp form, 2024-05-01T10:00:00.000Z. */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MILLIS).toString().replaceFirst("(\\d\\d:\\d\\d:\\d\\d)Z$", "$1.000Z");
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
