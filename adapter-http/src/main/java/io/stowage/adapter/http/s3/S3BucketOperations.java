package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.stowage.application.port.in.CreateBucket;
import io.stowage.application.port.in.DeleteBucket;
import io.stowage.application.port.in.GetBucket;
import io.stowage.application.port.in.ListBuckets;
import io.stowage.application.port.out.BucketQuery;
import io.stowage.domain.bucket.Bucket;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.bucket.BucketSettings;
import io.stowage.domain.identity.Principal;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** ListBuckets, CreateBucket, DeleteBucket, HeadBucket, GetBucketLocation and GetBucketVersioning. */
@Singleton
final class S3BucketOperations {

    static final String REGION = "us-east-1";
    private static final int MAX_BUCKETS = 1000;

    private final ListBuckets listBuckets;
    private final CreateBucket createBucket;
    private final DeleteBucket deleteBucket;
    private final GetBucket getBucket;

    S3BucketOperations(ListBuckets listBuckets, CreateBucket createBucket, DeleteBucket deleteBucket,
            GetBucket getBucket) {
        this.listBuckets = listBuckets;
        this.createBucket = createBucket;
        this.deleteBucket = deleteBucket;
        this.getBucket = getBucket;
    }

    HttpResponse<?> listBuckets(Principal caller) {
        List<Bucket> all = listBuckets.listBuckets(new ListBuckets.Command(caller, Optional.empty(),
                BucketQuery.SortColumn.NAME, false, MAX_BUCKETS, 0));
        S3Xml xml = new S3Xml().root("ListAllMyBucketsResult")
                .open("Owner").element("ID", caller.user().map(Object::toString).orElse(caller.role().claim()))
                .element("DisplayName", caller.user().map(Object::toString).orElse(caller.role().claim())).close("Owner")
                .open("Buckets");
        for (Bucket bucket : all) {
            xml.open("Bucket").element("Name", bucket.name().value())
                    .element("CreationDate", S3Xml.timestamp(bucket.createdAt())).close("Bucket");
        }
        return S3Responses.xml(xml.close("Buckets").close("ListAllMyBucketsResult"));
    }

    HttpResponse<?> create(S3Request request, Principal caller) {
        // the body (CreateBucketConfiguration) only names a region, which one server does not have
        createBucket.createBucket(new CreateBucket.Command(caller, new BucketName(request.bucket().orElseThrow()),
                BucketSettings.DEFAULT));
        return HttpResponse.ok().header("Location", "/" + request.bucket().orElseThrow());
    }

    HttpResponse<?> delete(S3Request request, Principal caller) {
        deleteBucket.deleteBucket(caller, new BucketName(request.bucket().orElseThrow()));
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    HttpResponse<?> head(S3Request request, Principal caller) {
        getBucket.getBucket(caller, new BucketName(request.bucket().orElseThrow()));
        return HttpResponse.ok().header("x-amz-bucket-region", REGION);
    }

    HttpResponse<?> location(S3Request request, Principal caller) {
        getBucket.getBucket(caller, new BucketName(request.bucket().orElseThrow()));
        // us-east-1 is S3's empty LocationConstraint
        return S3Responses.xml(new S3Xml().root("LocationConstraint").close("LocationConstraint"));
    }

    HttpResponse<?> versioning(S3Request request, Principal caller) {
        getBucket.getBucket(caller, new BucketName(request.bucket().orElseThrow()));
        // never versioned: S3 then answers a configuration without a Status
        return S3Responses.xml(new S3Xml().root("VersioningConfiguration").close("VersioningConfiguration"));
    }
}
