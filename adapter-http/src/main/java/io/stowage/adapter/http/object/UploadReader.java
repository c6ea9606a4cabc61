package io.stowage.adapter.http.object;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.value.ContentType;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Reads an upload request in either shape the Supabase client sends: a raw body described by headers,
 * or multipart/form-data whose file part (often named "") follows the text fields {@code cacheControl},
 * {@code contentType} and {@code metadata}. Fields that come after the file part are not read: the file
 * streams to storage first, and nothing after it can change how it is stored.
 */
@Singleton
final class UploadReader {

    private static final String MULTIPART = "multipart/form-data";
    private static final int MAX_FIELD_BYTES = UserMetadata.MAX_BYTES;

    private final UserMetadata userMetadata;

    UploadReader(UserMetadata userMetadata) {
        this.userMetadata = userMetadata;
    }

    UploadSource read(HttpRequest<?> request) {
        HttpHeaders headers = request.getHeaders();
        String contentType = headers.get(HttpHeaders.CONTENT_TYPE);
        Optional<String> contentEncoding = HeaderValues.contentEncoding(headers.get(HttpHeaders.CONTENT_ENCODING));
        if (contentType != null && ContentType.ofNullable(contentType).essence().equals(MULTIPART)) {
            if (contentEncoding.isPresent()) {
                // the form itself would be encoded: its parts could not be told apart without decoding it
                throw new InvalidRequest("a multipart/form-data upload cannot have a Content-Encoding");
            }
            return multipart(request, contentType);
        }
        long length = request.getContentLength();
        return new UploadSource(
                ContentType.ofNullable(contentType),
                length >= 0 && !headers.contains(HttpHeaders.TRANSFER_ENCODING) ? OptionalLong.of(length) : OptionalLong.empty(),
                HeaderValues.cacheControl(headers.get(HttpHeaders.CACHE_CONTROL)),
                Optional.ofNullable(headers.get("x-metadata")).flatMap(userMetadata::fromBase64),
                new RequestBody(request),
                contentEncoding);
    }

    private UploadSource multipart(HttpRequest<?> request, String contentType) {
        String boundary = PartHeaders.parameter(contentType, "boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 70) {
            throw new InvalidRequest("multipart/form-data needs a boundary of 1 to 70 characters");
        }
        MultipartReader reader = new MultipartReader(new RequestBody(request), boundary);
        String cacheControl = request.getHeaders().get(HttpHeaders.CACHE_CONTROL);
        String typeField = null;
        String metadataField = null;
        try {
            for (PartHeaders part = reader.nextPart(); part != null; part = reader.nextPart()) {
                String field = part.hasFilename() ? null : part.name();
                if ("cacheControl".equals(field)) {
                    cacheControl = text(reader.content());
                } else if ("contentType".equals(field)) {
                    typeField = text(reader.content());
                } else if ("metadata".equals(field)) {
                    metadataField = text(reader.content());
                } else {
                    ContentType type = typeField != null && !typeField.isBlank() ? new ContentType(typeField)
                            : ContentType.ofNullable(part.contentType());
                    return new UploadSource(type, OptionalLong.empty(), HeaderValues.cacheControl(cacheControl),
                            Optional.ofNullable(metadataField).map(userMetadata::fromJson), reader.content(),
                            Optional.empty());
                }
            }
        } catch (IOException e) {
            // the client broke off while sending: its request, not the server, failed
            throw new InvalidRequest("could not read the multipart body");
        }
        throw new InvalidRequest("the multipart body has no file part");
    }

    private static String text(InputStream field) throws IOException {
        byte[] bytes = field.readNBytes(MAX_FIELD_BYTES + 1);
        if (bytes.length > MAX_FIELD_BYTES) {
            throw new InvalidRequest("a multipart text field is larger than " + MAX_FIELD_BYTES + " bytes");
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
