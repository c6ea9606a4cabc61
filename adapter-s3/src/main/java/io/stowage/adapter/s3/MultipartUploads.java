package io.stowage.adapter.s3;

import io.minio.AbortMultipartUploadArgs;
import io.minio.ListMultipartUploadsArgs;
import io.minio.MinioAsyncClient;
import io.minio.messages.ListMultipartUploadsResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;

/**
 * The multipart uploads of one S3 bucket that were begun and neither completed nor aborted: found by key
 * (every blob key is fresh, so the uploads under one belong to one put) and aborted by id, which frees
 * their parts. Only the asynchronous client of minio-java offers these calls; each is awaited here.
 */
final class MultipartUploads {

    private final MinioAsyncClient client;
    private final String bucket;

    MultipartUploads(MinioAsyncClient client, String bucket) {
        this.client = Objects.requireNonNull(client, "client");
        this.bucket = Objects.requireNonNull(bucket, "bucket");
    }

    /** The ids of the open uploads of exactly {@code key}. */
    List<String> openUnder(String key) {
        List<String> ids = new ArrayList<>();
        ListMultipartUploadsResult result = await(client.listMultipartUploads(
                ListMultipartUploadsArgs.builder().bucket(bucket).prefix(key).build())).result();
        for (ListMultipartUploadsResult.Upload upload : result.uploads()) {
            if (key.equals(upload.objectName())) {
                ids.add(upload.uploadId());
            }
        }
        return ids;
    }

    /** Aborts one upload; one that is already gone (completed, aborted, expired) is no error. */
    void abort(String key, String uploadId) {
        try {
            await(client.abortMultipartUpload(AbortMultipartUploadArgs.builder()
                    .bucket(bucket).object(key).uploadId(uploadId).build()));
        } catch (RuntimeException e) {
            if (!"NoSuchUpload".equals(S3Failures.errorCode(e))) {
                throw S3Failures.translate(e);
            }
        }
    }

    private static <T> T await(java.util.concurrent.CompletableFuture<T> call) {
        try {
            return call.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
