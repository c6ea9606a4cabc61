package io.stowage.adapter.s3;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.minio.MinioClient;
import io.stowage.application.port.out.DependencyCheck;
import jakarta.inject.Named;
import jakarta.inject.Singleton;

/** Provides the S3 blob store, chosen when {@code stowage.backend} is {@code s3}. */
@Factory
@Requires(property = S3BlobStoreFactory.BACKEND, value = "s3")
public class S3BlobStoreFactory {

    static final String BACKEND = "stowage.backend";

    @Singleton
    S3Settings s3Settings(
            @Nullable @Property(name = S3Settings.ENDPOINT) String endpoint,
            @Value("${" + S3Settings.REGION + ":us-east-1}") String region,
            @Nullable @Property(name = S3Settings.BUCKET) String bucket,
            @Nullable @Property(name = S3Settings.ACCESS_KEY) String accessKey,
            @Nullable @Property(name = S3Settings.SECRET_KEY) String secretKey,
            @Value("${" + S3Settings.PATH_STYLE + ":true}") boolean pathStyle,
            @Nullable @Property(name = S3Settings.PREFIX) String prefix,
            @Value("${" + S3Settings.CONNECT_TIMEOUT + ":10s}") String connectTimeout,
            @Value("${" + S3Settings.IO_TIMEOUT + ":60s}") String ioTimeout) {
        return new S3Settings(endpoint, region, bucket, accessKey, secretKey, pathStyle, prefix,
                S3Settings.duration(S3Settings.CONNECT_TIMEOUT, connectTimeout),
                S3Settings.duration(S3Settings.IO_TIMEOUT, ioTimeout));
    }

    /** Closed with the application context: that stops its HTTP threads and drops its connections. */
    @Singleton
    @Bean(preDestroy = "close")
    MinioClient minioClient(S3Settings settings) {
        return S3Clients.create(settings);
    }

    /**
     * Built eagerly, so wrong credentials or an unreachable store stop the start instead of the first
     * upload; the bucket is created when missing.
     */
    @Context
    S3BlobStore blobStore(MinioClient client, S3Settings settings) {
        BucketProvisioning.ensureBucket(client, settings);
        return new S3BlobStore(client, settings.bucket(), settings.prefix());
    }

    /** Taking the store makes sure the bucket was provisioned before the first probe. */
    @Singleton
    @Named(S3BucketCheck.NAME)
    DependencyCheck s3Check(S3BlobStore store, MinioClient client, S3Settings settings) {
        return new S3BucketCheck(client, settings.bucket(), settings.prefix());
    }
}
