package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.ResponseBytes;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.Delete;
import software.amazon.awssdk.services.s3.model.DeleteObjectsResponse;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The S3 protocol with the AWS SDK for Java v2 as client: its default (streamed, trailing-checksum)
 * uploads, reads, listings, copies and deletes, presigned URLs, session mode, refusals, and the same
 * objects seen through the REST API.
 */
class S3ProtocolE2eTest {

    private static final Api SERVICE = Api.as(Tokens.serviceRole());
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static String accessKey;
    private static String secret;
    private static S3Client s3;

    @BeforeAll
    static void keyAndClient() {
        HttpResponse<String> created = SERVICE.postJson("/admin/s3-keys", "{\"description\":\"e2e\"}");
        assertEquals(201, created.statusCode(), created.body());
        JsonNode key = Json.parse(created.body());
        accessKey = key.get("access_key_id").asText();
        secret = key.get("secret_access_key").asText();
        s3 = client(AwsBasicCredentials.create(accessKey, secret));
    }

    @AfterAll
    static void close() {
        s3.close();
    }

    private static URI endpoint() {
        return URI.create(TestServer.api() + "/s3");
    }

    private static S3Client client(software.amazon.awssdk.auth.credentials.AwsCredentials credentials) {
        return S3Client.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(credentials))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
                .httpClient(UrlConnectionHttpClient.create()).build();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void bucketsAndObjectsRoundTripThroughTheSdk() {
        String bucket = unique("s3");
        s3.createBucket(b -> b.bucket(bucket));
        assertTrue(s3.listBuckets().buckets().stream().anyMatch(b -> b.name().equals(bucket)));
        s3.headBucket(b -> b.bucket(bucket));
        s3.getBucketLocation(b -> b.bucket(bucket));
        assertEquals(null, s3.getBucketVersioning(b -> b.bucket(bucket)).status());

        byte[] body = "hello through S3".getBytes(StandardCharsets.UTF_8);
        s3.putObject(p -> p.bucket(bucket).key("dir/hello.txt").contentType("text/plain")
                .metadata(Map.of("colour", "blue")), RequestBody.fromBytes(body));
        ResponseBytes<GetObjectResponse> read = s3.getObjectAsBytes(g -> g.bucket(bucket).key("dir/hello.txt"));
        assertArrayEquals(body, read.asByteArray());
        assertEquals("text/plain", read.response().contentType());
        HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key("dir/hello.txt"));
        assertEquals(body.length, head.contentLength());
        assertEquals("blue", head.metadata().get("colour"));
        assertArrayEquals("hello".getBytes(), s3.getObjectAsBytes(g -> g.bucket(bucket).key("dir/hello.txt")
                .range("bytes=0-4")).asByteArray());
        assertEquals("attachment", s3.getObject(g -> g.bucket(bucket).key("dir/hello.txt")
                .responseContentDisposition("attachment")).response().contentDisposition());

        // interop: the REST API sees the S3 upload, and S3 sees a REST upload
        HttpResponse<String> rest = SERVICE.get("/object/" + bucket + "/dir/hello.txt");
        assertEquals(200, rest.statusCode());
        assertEquals("hello through S3", rest.body());
        assertEquals(200, SERVICE.upload("/object/" + bucket + "/from-rest.txt", "text/plain", "via rest".getBytes()).statusCode());
        assertEquals("via rest", s3.getObjectAsBytes(g -> g.bucket(bucket).key("from-rest.txt")).asUtf8String());

        s3.copyObject(c -> c.sourceBucket(bucket).sourceKey("dir/hello.txt").destinationBucket(bucket)
                .destinationKey("dir/copy.txt"));
        assertArrayEquals(body, s3.getObjectAsBytes(g -> g.bucket(bucket).key("dir/copy.txt")).asByteArray());

        ListObjectsV2Response top = s3.listObjectsV2(l -> l.bucket(bucket).delimiter("/"));
        assertEquals(List.of("from-rest.txt"), top.contents().stream().map(S3Object::key).toList());
        assertEquals(List.of("dir/"), top.commonPrefixes().stream().map(CommonPrefix::prefix).toList());

        DeleteObjectsResponse deleted = s3.deleteObjects(d -> d.bucket(bucket).delete(Delete.builder()
                .objects(ObjectIdentifier.builder().key("dir/copy.txt").build(),
                        ObjectIdentifier.builder().key("from-rest.txt").build()).build()));
        assertEquals(2, deleted.deleted().size());
        s3.deleteObject(d -> d.bucket(bucket).key("dir/hello.txt"));
        assertThrows(NoSuchKeyException.class, () -> s3.getObject(g -> g.bucket(bucket).key("dir/hello.txt")));
        assertEquals(404, SERVICE.get("/object/" + bucket + "/dir/hello.txt").statusCode());
        s3.deleteBucket(d -> d.bucket(bucket));
    }

    @Test
    void listingsPageByKeyWithContinuationTokens() {
        String bucket = unique("s3list");
        s3.createBucket(b -> b.bucket(bucket));
        for (String key : List.of("a/1", "a/2", "b", "c/1", "d", "e")) {
            s3.putObject(p -> p.bucket(bucket).key(key), RequestBody.fromString(key));
        }
        List<String> seen = new java.util.ArrayList<>();
        String token = null;
        int pages = 0;
        do {
            String current = token;
            ListObjectsV2Response page = s3.listObjectsV2(l -> l.bucket(bucket).delimiter("/").maxKeys(2)
                    .continuationToken(current));
            page.commonPrefixes().forEach(p -> seen.add(p.prefix()));
            page.contents().forEach(o -> seen.add(o.key()));
            token = page.nextContinuationToken();
            pages++;
        } while (token != null);
        assertEquals(List.of("a/", "b", "c/", "d", "e"), seen.stream().sorted().toList());
        assertEquals(3, pages);
        assertEquals(List.of("a/1", "a/2"), s3.listObjects(l -> l.bucket(bucket).prefix("a/")).contents().stream()
                .map(S3Object::key).toList());
        assertEquals(List.of("d", "e"), s3.listObjectsV2(l -> l.bucket(bucket).startAfter("c/1")).contents().stream()
                .map(S3Object::key).toList());
    }

    @Test
    void presignedUrlsWorkAndTamperedOnesAreRefused() throws Exception {
        String bucket = unique("s3pre");
        s3.createBucket(b -> b.bucket(bucket));
        try (S3Presigner presigner = S3Presigner.builder().endpointOverride(endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secret)))
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build()).build()) {
            URI put = presigner.presignPutObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(o -> o.bucket(bucket).key("pre.txt"))).url().toURI();
            HttpResponse<String> uploaded = HTTP.send(HttpRequest.newBuilder(put)
                    .PUT(HttpRequest.BodyPublishers.ofString("presigned")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, uploaded.statusCode(), uploaded.body());
            URI get = presigner.presignGetObject(p -> p.signatureDuration(Duration.ofMinutes(5))
                    .getObjectRequest(o -> o.bucket(bucket).key("pre.txt"))).url().toURI();
            HttpResponse<String> read = HTTP.send(HttpRequest.newBuilder(get).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, read.statusCode());
            assertEquals("presigned", read.body());
            URI tampered = URI.create(get.toString().replace("pre.txt", "other.txt"));
            HttpResponse<String> refused = HTTP.send(HttpRequest.newBuilder(tampered).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, refused.statusCode());
            assertTrue(refused.body().contains("<Code>SignatureDoesNotMatch</Code>"), refused.body());
            URI expired = URI.create(get.toString().replaceAll("X-Amz-Date=\\d{8}T\\d{6}Z", "X-Amz-Date=20200101T000000Z"));
            HttpResponse<String> late = HTTP.send(HttpRequest.newBuilder(expired).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(403, late.statusCode());
            assertTrue(late.body().contains("Request has expired"), late.body());
        }
    }

    @Test
    void refusalsAreS3XmlAndNothingIsStored() throws Exception {
        String bucket = unique("s3bad");
        s3.createBucket(b -> b.bucket(bucket));
        try (S3Client wrong = client(AwsBasicCredentials.create(accessKey, secret + "x"))) {
            S3Exception refused = assertThrows(S3Exception.class, () -> wrong.putObject(p -> p.bucket(bucket).key("x"),
                    RequestBody.fromString("x")));
            assertEquals(403, refused.statusCode());
            assertEquals("SignatureDoesNotMatch", refused.awsErrorDetails().errorCode());
        }
        try (S3Client unknown = client(AwsBasicCredentials.create("STWNOSUCHKEY", secret))) {
            S3Exception refused = assertThrows(S3Exception.class, () -> unknown.listBuckets());
            assertEquals("InvalidAccessKeyId", refused.awsErrorDetails().errorCode());
        }
        assertThrows(NoSuchKeyException.class, () -> s3.headObject(h -> h.bucket(bucket).key("x")));
        HttpResponse<String> unsupported = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint() + "/" + bucket + "?policy"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(501, unsupported.statusCode());
        assertTrue(unsupported.body().startsWith("<?xml") && unsupported.body().contains("<Code>NotImplemented</Code>"),
                unsupported.body());
        HttpResponse<String> bearer = HTTP.send(HttpRequest.newBuilder(URI.create(endpoint() + "/" + bucket))
                .header("Authorization", "Bearer nonsense").build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(bearer.body().contains("<Error>"), bearer.body());
        assertEquals(0, s3.listObjectsV2(l -> l.bucket(bucket)).keyCount());
    }

    @Test
    void sessionModeActsAsTheUserOfTheJwt() {
        String bucket = unique("s3sess");
        Api owner = Api.as(Tokens.user("s3-session-user"));
        assertEquals(200, owner.createBucket(bucket, "private").statusCode());
        String anon = Tokens.anonKeyOfServer();
        try (S3Client session = client(AwsSessionCredentials.create("stowage", anon, Tokens.user("s3-session-user")));
             S3Client stranger = client(AwsSessionCredentials.create("stowage", anon, Tokens.user("someone-else")))) {
            session.putObject(p -> p.bucket(bucket).key("mine.txt"), RequestBody.fromString("mine"));
            assertEquals("mine", session.getObjectAsBytes(g -> g.bucket(bucket).key("mine.txt")).asUtf8String());
            S3Exception hidden = assertThrows(S3Exception.class,
                    () -> stranger.getObject(g -> g.bucket(bucket).key("mine.txt")));
            assertEquals(404, hidden.statusCode());
        }
    }
}
