package io.stowage.adapter.http.object;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.context.annotation.Value;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Head;
import io.micronaut.http.annotation.Options;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.application.port.in.UploadResumably;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.error.UnsupportedMimeType;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.value.ByteSize;
import io.stowage.domain.value.ContentType;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;

/**
 * Resumable uploads, tus 1.0 as Supabase Storage speaks it (creation, creation-with-upload, termination,
 * expiration): POST creates, HEAD tells the offset, PATCH appends at it, DELETE drops an unfinished upload.
 */
@Controller(TusController.ROOT)
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
@Hidden
final class TusController {

    static final String ROOT = "/storage/v1/upload/resumable";
    static final String TUS_RESUMABLE = "Tus-Resumable";
    static final String VERSION = "1.0.0";
    static final String CHUNK_TYPE = "application/offset+octet-stream";
    private static final String EXTENSIONS = "creation,creation-with-upload,termination,expiration";

    private final UploadResumably resumable;
    private final UserMetadata userMetadata;
    private final long maxSize;

    TusController(UploadResumably resumable, UserMetadata userMetadata,
            @Value("${stowage.max-file-size:1GB}") String maxFileSize) {
        this.resumable = resumable;
        this.userMetadata = userMetadata;
        this.maxSize = ByteSize.parse(maxFileSize).bytes();
    }

    @Options
    HttpResponse<?> options() {
        return HttpResponse.noContent()
                .header("Tus-Version", VERSION)
                .header("Tus-Extension", EXTENSIONS)
                .header("Tus-Max-Size", Long.toString(maxSize));
    }

    @Post
    HttpResponse<?> create(Principal caller, HttpRequest<?> request) {
        TusMetadata metadata = TusMetadata.parse(request.getHeaders().get("Upload-Metadata"));
        long length = number(request, "Upload-Length");
        BucketName bucket = new BucketName(metadata.required("bucketName"));
        ObjectKey key = new ObjectKey(metadata.required("objectName"));
        ContentType type = metadata.get("contentType").filter(value -> !value.isBlank())
                .map(ContentType::ofNullable).orElse(ContentType.OCTET_STREAM);
        Optional<String> cacheControl = HeaderValues.cacheControl(metadata.get("cacheControl").orElse(null));
        Optional<String> userJson = metadata.get("metadata").filter(value -> !value.isBlank()).map(userMetadata::fromJson);
        boolean upsert = UpsertHeader.of(request);
        UploadResumably.Status status = resumable.create(new UploadResumably.Creation(caller, bucket, key, type, length,
                upsert, cacheControl, userJson));
        if (!status.complete() && hasChunk(request)) {
            status = appendBody(caller, status.id(), 0, request);
        }
        MutableHttpResponse<?> response = HttpResponse.status(HttpStatus.CREATED)
                .header(HttpHeaders.LOCATION, ROOT + "/" + status.id());
        return withProgress(response, status);
    }

    @Head("/{id}")
    HttpResponse<?> head(Principal caller, @PathVariable String id) {
        UploadResumably.Status status = resumable.status(caller, id);
        return withProgress(HttpResponse.ok(), status)
                .header("Upload-Length", Long.toString(status.length()))
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    @Patch("/{id}")
    HttpResponse<?> patch(Principal caller, @PathVariable String id, HttpRequest<?> request) {
        String type = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        if (type == null || !ContentType.ofNullable(type).essence().equals(CHUNK_TYPE)) {
            throw new UnsupportedMimeType(type == null ? "(none)" : type);
        }
        long offset = number(request, "Upload-Offset");
        return withProgress(HttpResponse.noContent(), appendBody(caller, id, offset, request));
    }

    @Delete("/{id}")
    HttpResponse<?> terminate(Principal caller, @PathVariable String id) {
        resumable.terminate(caller, id);
        return HttpResponse.noContent();
    }

    private UploadResumably.Status appendBody(Principal caller, String id, long offset, HttpRequest<?> request) {
        try (InputStream body = new RequestBody(request)) {
            return resumable.append(caller, id, offset, body);
        } catch (IOException e) {
            // closing the body after the outcome is decided; an unread rest is dropped with the connection
            throw new InvalidRequest("could not read the chunk");
        }
    }

    private static MutableHttpResponse<?> withProgress(MutableHttpResponse<?> response, UploadResumably.Status status) {
        response.header("Upload-Offset", Long.toString(status.offset()));
        if (status.complete()) {
            response.header("Tus-Complete", "1");
        } else {
            response.header("Upload-Expires",
                    DateTimeFormatter.RFC_1123_DATE_TIME.format(status.expiresAt().atOffset(ZoneOffset.UTC)));
        }
        return response;
    }

    private static boolean hasChunk(HttpRequest<?> request) {
        String type = request.getHeaders().get(HttpHeaders.CONTENT_TYPE);
        return type != null && ContentType.ofNullable(type).essence().equals(CHUNK_TYPE)
                && request.getContentLength() != 0;
    }

    private static long number(HttpRequest<?> request, String header) {
        String value = request.getHeaders().get(header);
        if (value == null || value.isEmpty() || value.length() > 18 || !value.chars().allMatch(Character::isDigit)) {
            throw new InvalidRequest(header + " must be a non-negative integer");
        }
        return Long.parseLong(value);
    }
}
