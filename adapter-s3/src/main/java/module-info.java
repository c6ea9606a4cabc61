/** Adapter: stores blobs in an S3 bucket (any S3-compatible store), and checks that bucket's health. */
module io.stowage.adapter.s3 {
    requires io.stowage.application;
    requires io.micronaut.micronaut_inject;
    requires io.micronaut.micronaut_core;
    requires jakarta.inject;
    requires minio;
    requires okhttp3;

    exports io.stowage.adapter.s3;
    // unqualified: Micronaut's generated bean definitions load reflectively from here
    opens io.stowage.adapter.s3;
}
