package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.ServerHttpRequest;
import io.stowage.adapter.http.s3.sigv4.UriEncoding;
import io.stowage.application.port.in.CopyObject;
import io.stowage.application.port.in.DeleteObject;
import io.stowage.application.port.in.ObjectTransfer;
import io.stowage.application.port.in.UploadObject;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.BadDigest;
import io.stowage.domain.error.ObjectNotFound;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.object.ObjectPrecondition;
import io.stowage.domain.object.StoredObject;
import io.stowage.domain.value.ContentDigest;
import io.stowage.domain.value.ContentType;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** PutObject, CopyObject, DeleteObject and DeleteObjects, each through the REST API's own use cases. */
@Singleton
final class S3ObjectWrites {

    private static final String S3_DEFAULT_TYPE = "binary/octet-stream";

    private final UploadObject uploadObject;
    private final CopyObject copyObject;
    private final DeleteObject deleteObject;
    private final S3Metadata metadata;
    private final DeleteRequestXml deleteXml;

    S3ObjectWrites(UploadObject uploadObject, CopyObject copyObject, DeleteObject deleteObject, S3Metadata metadata,
            DeleteRequestXml deleteXml) {
        this.uploadObject = uploadObject;
        this.copyObject = copyObject;
        this.deleteObject = deleteObject;
        this.metadata = metadata;
        this.deleteXml = deleteXml;
    }

    HttpResponse<?> put(S3Request request, Principal caller, Optional<S3Caller> signed) {
        List<ContentDigest> digests = new ArrayList<>();
        request.header("Content-MD5").ifPresent(md5 -> digests.add(ContentDigest.fromBase64(ContentDigest.Algorithm.MD5, md5)));
        signed.flatMap(S3Caller::payloadHash).ifPresent(hex -> digests.add(new ContentDigest(ContentDigest.Algorithm.SHA_256, hex)));
        InputStream body = new LazyBody(request.http());
        OptionalLong length = request.http().getHeaders().contentLength();
        if (signed.isPresent() && signed.get().payload().chunked()) {
            long decoded = request.header("x-amz-decoded-content-length").map(Long::parseLong).orElse(-1L);
            Optional<TrailingChecksum> checksum = signed.get().payload().trailer()
                    ? request.header("x-amz-trailer").map(TrailingChecksum::of) : Optional.empty();
            body = new AwsChunkedStream(body, signed.get(), checksum, decoded);
            length = decoded >= 0 ? OptionalLong.of(decoded) : OptionalLong.empty();
        }
        String type = request.header(HttpHeaders.CONTENT_TYPE).orElse(S3_DEFAULT_TYPE);
        Optional<String> encoding = request.header(HttpHeaders.CONTENT_ENCODING)
                .map(value -> value.replaceAll("(?i)\\s*aws-chunked\\s*,?", "").strip()).filter(value -> !value.isEmpty());
        StoredObject stored;
        try (InputStream content = body) {
            stored = uploadObject.upload(new UploadObject.Command(caller, bucket(request), key(request),
                    ContentType.ofNullable(type), length, true, request.header(HttpHeaders.CACHE_CONTROL),
                    metadata.fromHeaders(request.http().getHeaders()), content, ObjectPrecondition.none(), digests,
                    encoding)).object();
        } catch (BadDigest mismatch) {
            if (mismatch.getMessage().contains("SHA-256")) {
                throw new S3Failure(HttpStatus.BAD_REQUEST, "XAmzContentSHA256Mismatch",
                        "The provided 'x-amz-content-sha256' header does not match what was computed.");
            }
            throw mismatch;
        } catch (IOException closing) {
            throw new java.io.UncheckedIOException(closing);
        }
        return HttpResponse.ok().header(HttpHeaders.ETAG, stored.etag());
    }

    HttpResponse<?> copy(S3Request request, Principal caller) {
        String source = UriEncoding.decode(request.header("x-amz-copy-source").orElseThrow());
        source = source.startsWith("/") ? source.substring(1) : source;
        int slash = source.indexOf('/');
        if (slash <= 0 || slash == source.length() - 1 || source.contains("?versionId=")) {
            throw S3Failure.invalidArgument("x-amz-copy-source must be <bucket>/<key>");
        }
        if (request.header("x-amz-metadata-directive").filter("REPLACE"::equalsIgnoreCase).isPresent()) {
            throw S3Failure.notImplemented("CopyObject with the REPLACE metadata directive");
        }
        ObjectTransfer transfer = new ObjectTransfer(caller, new BucketName(source.substring(0, slash)),
                new ObjectKey(source.substring(slash + 1)), bucket(request), key(request));
        if (transfer.staysInPlace()) {
            throw new S3Failure(HttpStatus.BAD_REQUEST, "InvalidRequest",
                    "This copy request is illegal because it is trying to copy an object to itself without changing"
                            + " the object's metadata.");
        }
        StoredObject copied = copyObject.copy(new CopyObject.Command(transfer, true)).object();
        return S3Responses.xml(new S3Xml().root("CopyObjectResult")
                .element("LastModified", S3Xml.timestamp(copied.updatedAt())).element("ETag", copied.etag())
                .close("CopyObjectResult"));
    }

    HttpResponse<?> delete(S3Request request, Principal caller) {
        try {
            deleteObject.deleteObject(caller, bucket(request), key(request));
        } catch (ObjectNotFound missing) {
            // S3 answers a delete of a missing key like any other
        }
        return HttpResponse.status(HttpStatus.NO_CONTENT);
    }

    HttpResponse<?> deleteMany(S3Request request, Principal caller, Optional<S3Caller> signed) {
        DeleteRequestXml.Parsed parsed = deleteXml.read(new LazyBody(request.http()),
                signed.flatMap(S3Caller::payloadHash), request.header("Content-MD5"));
        List<ObjectKey> keys = new ArrayList<>();
        List<String> invalid = new ArrayList<>();
        for (String key : parsed.keys()) {
            try {
                keys.add(new ObjectKey(key));
            } catch (RuntimeException e) {
                invalid.add(key);
            }
        }
        deleteObject.deleteObjects(caller, bucket(request), keys);
        S3Xml xml = new S3Xml().root("DeleteResult");
        if (!parsed.quiet()) {
            // S3 reports every requested key as deleted, missing ones included
            for (ObjectKey key : keys) {
                xml.open("Deleted").element("Key", key.value()).close("Deleted");
            }
        }
        for (String key : invalid) {
            xml.open("Error").element("Key", key).element("Code", "InvalidArgument")
                    .element("Message", "not a valid key").close("Error");
        }
        return S3Responses.xml(xml.close("DeleteResult"));
    }

    private static BucketName bucket(S3Request request) {
        return new BucketName(request.bucket().orElseThrow());
    }

    private static ObjectKey key(S3Request request) {
        return new ObjectKey(request.key().orElseThrow());
    }

    /** The raw request body, opened on its first read so a refused request never asks for it. */
    static final class LazyBody extends InputStream {

        private final ServerHttpRequest<?> request;
        private InputStream opened;

        LazyBody(io.micronaut.http.HttpRequest<?> request) {
            if (!(request instanceof ServerHttpRequest<?> server)) {
                throw new IllegalStateException("not a server request");
            }
            this.request = server;
        }

        private InputStream opened() {
            if (opened == null) {
                opened = request.byteBody().toInputStream();
            }
            return opened;
        }

        @Override
        public int read() throws IOException {
            return opened().read();
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            return opened().read(target, offset, length);
        }

        @Override
        public void close() throws IOException {
            if (opened != null) {
                opened.close();
            }
        }
    }
}
