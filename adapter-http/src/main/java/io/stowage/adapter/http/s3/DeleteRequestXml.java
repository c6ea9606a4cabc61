package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpStatus;
import io.stowage.adapter.http.s3.sigv4.SigningKey;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * DeleteObjects' request document, read bounded (1000 keys fit in far less than 2 MiB) with DTDs and
 * external entities off, after its signed SHA-256 and Content-MD5 are checked.
 */
@Singleton
final class DeleteRequestXml {

    static final int MAX_BYTES = 2 * 1024 * 1024;
    static final int MAX_KEYS = 1000;

    record Parsed(List<String> keys, boolean quiet) {
    }

    Parsed read(InputStream body, Optional<String> sha256Hex, Optional<String> md5Base64) {
        byte[] bytes;
        try (InputStream in = body) {
            bytes = in.readNBytes(MAX_BYTES + 1);
        } catch (IOException e) {
            throw malformed();
        }
        if (bytes.length > MAX_BYTES) {
            throw malformed();
        }
        if (sha256Hex.isPresent() && !sha256Hex.get().equals(SigningKey.sha256Hex(bytes))) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "XAmzContentSHA256Mismatch",
                    "The provided 'x-amz-content-sha256' header does not match what was computed.");
        }
        if (md5Base64.isPresent() && !md5Base64.get().strip().equals(Base64.getEncoder().encodeToString(md5(bytes)))) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "BadDigest", "The Content-MD5 you specified did not match what we received.");
        }
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setExpandEntityReferences(false);
            factory.setNamespaceAware(true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(null);
            Document document = builder.parse(new ByteArrayInputStream(bytes));
            Element root = document.getDocumentElement();
            if (!"Delete".equals(root.getLocalName())) {
                throw malformed();
            }
            List<String> keys = new ArrayList<>();
            NodeList objects = root.getElementsByTagNameNS("*", "Object");
            for (int i = 0; i < objects.getLength(); i++) {
                NodeList key = ((Element) objects.item(i)).getElementsByTagNameNS("*", "Key");
                if (key.getLength() != 1) {
                    throw malformed();
                }
                keys.add(key.item(0).getTextContent());
            }
            if (keys.isEmpty() || keys.size() > MAX_KEYS) {
                throw malformed();
            }
            NodeList quiet = root.getElementsByTagNameNS("*", "Quiet");
            return new Parsed(keys, quiet.getLength() > 0 && "true".equalsIgnoreCase(quiet.item(0).getTextContent().strip()));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw malformed();
        }
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static S3Failure malformed() {
        return new S3Failure(HttpStatus.BAD_REQUEST, "MalformedXML",
                "The XML you provided was not well-formed or did not validate against our published schema");
    }
}
