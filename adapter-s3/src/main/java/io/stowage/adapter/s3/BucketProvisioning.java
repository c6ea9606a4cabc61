package io.stowage.adapter.s3;

import io.minio.BucketExistsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.errors.MinioException;
import java.util.Set;

/**
 * Makes sure the configured bucket exists before the first upload, and turns a refusal at start into a
 * message that names the setting to fix, never its value.
 */
final class BucketProvisioning {

    /** What S3 answers to keys it does not know, a wrong secret, or keys without rights on the bucket. */
    private static final Set<String> REFUSED_CREDENTIALS = Set.of(
            "AccessDenied", "InvalidAccessKeyId", "SignatureDoesNotMatch", "InvalidToken", "ExpiredToken");
    /** A racing start-up of another instance created it a moment ago. */
    private static final String ALREADY_OURS = "BucketAlreadyOwnedByYou";

    private BucketProvisioning() {
    }

    /**
     * @throws IllegalStateException when the store refuses the credentials, cannot be reached, or will
     *     not create the bucket
     */
    static void ensureBucket(MinioClient client, S3Settings settings) {
        String bucket = settings.bucket();
        try {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
        } catch (MinioException | RuntimeException e) {
            String code = S3Failures.errorCode(e);
            if (ALREADY_OURS.equals(code)) {
                return;
            }
            throw new IllegalStateException(reason(settings, code), e);
        }
    }

    private static String reason(S3Settings settings, String code) {
        if (code == null) {
            return "the S3 store at " + settings.endpoint() + " could not be reached; check "
                    + settings.setting(S3Settings.ENDPOINT);
        }
        if (REFUSED_CREDENTIALS.contains(code)) {
            return "the S3 store refused the configured credentials for bucket '" + settings.bucket() + "' ("
                    + code + "); check " + settings.setting(S3Settings.ACCESS_KEY) + " and "
                    + settings.setting(S3Settings.SECRET_KEY);
        }
        return "the S3 bucket '" + settings.bucket() + "' could not be used (" + code + "); check "
                + settings.setting(S3Settings.BUCKET) + " and " + settings.setting(S3Settings.REGION);
    }
}
