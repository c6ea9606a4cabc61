package io.stowage.adapter.webdav;

import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Predicate;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads a PROPFIND {@code Depth: 1} answer (RFC 4918 multistatus) as a stream, one member at a time, so a
 * collection of any size is listed in bounded memory. The parser reads no DTD and resolves no entity: the
 * answer comes from another machine.
 */
final class Multistatus {

    static final String DAV = "DAV:";

    /** One member of the listed collection: its last path segment, whether it is a collection, its mtime. */
    record Member(String name, boolean collection, Optional<Instant> modified) {
    }

    private static final XMLInputFactory FACTORY = secureFactory();

    private Multistatus() {
    }

    /**
     * Hands every member of {@code collection} (never the collection itself) to {@code visitor} until it
     * answers false; answers whether the walk went to the end.
     */
    static boolean read(InputStream body, URI collection, Predicate<Member> visitor) throws XMLStreamException {
        String self = trimSlash(collection.getPath());
        XMLStreamReader xml = FACTORY.createXMLStreamReader(body);
        try {
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && isDav(xml, "response")) {
                    Optional<Member> member = response(xml, self);
                    if (member.isPresent() && !visitor.test(member.get())) {
                        return false;
                    }
                }
            }
            return true;
        } finally {
            xml.close();
        }
    }

    /** Reads one {@code response} element up to its end; empty for the collection itself. */
    private static Optional<Member> response(XMLStreamReader xml, String self) throws XMLStreamException {
        String href = null;
        boolean collection = false;
        Optional<Instant> modified = Optional.empty();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (isDav(xml, "href")) {
                    href = xml.getElementText().strip();
                    depth--;
                } else if (isDav(xml, "collection")) {
                    collection = true;
                } else if (isDav(xml, "getlastmodified")) {
                    modified = httpDate(xml.getElementText());
                    depth--;
                }
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            }
        }
        if (href == null) {
            return Optional.empty();
        }
        String path = trimSlash(pathOf(href));
        if (path.equals(self) || path.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Member(path.substring(path.lastIndexOf('/') + 1), collection, modified));
    }

    /** An href is an absolute URL or an absolute path, percent-encoded either way. */
    private static String pathOf(String href) {
        try {
            String path = new URI(href).getPath();
            return path == null ? "" : path;
        } catch (URISyntaxException e) {
            return "";
        }
    }

    private static Optional<Instant> httpDate(String text) {
        try {
            return Optional.of(ZonedDateTime.parse(text.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static String trimSlash(String path) {
        String trimmed = path;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static boolean isDav(XMLStreamReader xml, String name) {
        return DAV.equals(xml.getNamespaceURI()) && name.equals(xml.getLocalName());
    }

    private static XMLInputFactory secureFactory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return factory;
    }
}
