package io.stowage.bootstrap.e2e;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** A small multipart/form-data body in the shape storage-js sends: text fields first, then the file part. */
final class Multipart {

    static final String BOUNDARY = "e2e-boundary-7MA4YWxkTrZu0gW";

    private final Map<String, String> fields = new LinkedHashMap<>();

    Multipart field(String name, String value) {
        fields.put(name, value);
        return this;
    }

    HttpRequest.BodyPublisher file(String contentType, byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        fields.forEach((name, value) -> write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\""
                + name + "\"\r\n\r\n" + value + "\r\n"));
        write(body, "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"\"; filename=\"blob\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n");
        body.writeBytes(content);
        write(body, "\r\n--" + BOUNDARY + "--\r\n");
        return HttpRequest.BodyPublishers.ofByteArray(body.toByteArray());
    }

    static String contentType() {
        return "multipart/form-data; boundary=" + BOUNDARY;
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
