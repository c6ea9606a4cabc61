package io.stowage.adapter.http.object;

import io.micronaut.http.HttpRequest;
import io.stowage.application.port.in.UploadBody;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentDigest;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.function.Function;

/**
 * Turns an upload request (raw or multipart, with its conditional and checksum headers) into an
 * {@link UploadBody} and hands it to a use case: the same reading for every upload route.
 */
@Singleton
final class UploadRequests {

    private final UploadReader uploads;

    UploadRequests(UploadReader uploads) {
        this.uploads = uploads;
    }

    UploadedJson upload(HttpRequest<?> request, Function<UploadBody, StoredObject> useCase) {
        ObjectPrecondition precondition = UploadChecks.precondition(request.getHeaders());
        List<ContentDigest> digests = UploadChecks.digests(request.getHeaders());
        UploadSource source = uploads.read(request);
        try {
            return UploadedJson.of(useCase.apply(new UploadBody(source.contentType(), source.declaredLength(),
                    source.cacheControl(), source.userMetadata(), source.content(), precondition, digests,
                    source.contentEncoding())));
        } finally {
            closeQuietly(source.content());
        }
    }

    private static void closeQuietly(InputStream content) {
        try {
            content.close();
        } catch (IOException e) {
            // the outcome is already decided; an unread rest of the body is dropped with the connection
        }
    }
}
