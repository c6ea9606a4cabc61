package io.stowage.adapter.http.s3.sigv4;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The published SigV4 examples (AWS's signature test suite and the S3 developer guide's worked examples),
 * restated as data: the same inputs must give the same canonical text and signatures.
 */
class SigV4VectorsTest {

    // the suite's example credentials
    private static final String SUITE_SECRET = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
    private static final CredentialScope SUITE_SCOPE = new CredentialScope("20150830", "us-east-1", "service");
    // the S3 guide's example credentials
    private static final String GUIDE_SECRET = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY";
    private static final CredentialScope GUIDE_SCOPE = new CredentialScope("20130524", "us-east-1", "s3");
    private static final String EMPTY = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static Function<String, List<String>> headers(Map<String, List<String>> values) {
        return values::get;
    }

    private static String signature(String secret, CredentialScope scope, String amzDate, CanonicalRequest request) {
        return SigningKey.derive(secret, scope).sign(StringToSign.request(amzDate, scope, request.text()));
    }

    @Test
    void suiteGetVanilla() {
        CanonicalRequest request = new CanonicalRequest("GET", "/", List.of(), List.of("host", "x-amz-date"),
                headers(Map.of("host", List.of("example.amazonaws.com"), "x-amz-date", List.of("20150830T123600Z"))),
                EMPTY);
        assertEquals("GET\n/\n\nhost:example.amazonaws.com\nx-amz-date:20150830T123600Z\n\nhost;x-amz-date\n" + EMPTY,
                request.text());
        assertEquals("5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31",
                signature(SUITE_SECRET, SUITE_SCOPE, "20150830T123600Z", request));
    }

    @Test
    void suiteQueryParametersAreSortedByName() {
        CanonicalRequest request = new CanonicalRequest("GET", "/",
                List.of(Map.entry("Param2", "value2"), Map.entry("Param1", "value1")), List.of("host", "x-amz-date"),
                headers(Map.of("host", List.of("example.amazonaws.com"), "x-amz-date", List.of("20150830T123600Z"))),
                EMPTY);
        assertEquals("Param1=value1&Param2=value2", request.canonicalQuery());
        assertEquals("b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500",
                signature(SUITE_SECRET, SUITE_SCOPE, "20150830T123600Z", request));
    }

    @Test
    void pathSegmentsAreEncodedOnceAsUtf8AndNeverNormalized() {
        CanonicalRequest utf8 = new CanonicalRequest("GET", "/%E1%88%B4", List.of(), List.of(), name -> List.of(), EMPTY);
        assertEquals("/%E1%88%B4", utf8.canonicalUri());
        CanonicalRequest spaced = new CanonicalRequest("GET", "/b/a%20b+c~d/./x", List.of(), List.of(), n -> List.of(), EMPTY);
        assertEquals("/b/a%20b%2Bc~d/./x", spaced.canonicalUri(), "S3 keeps dot segments and encodes '+'");
        assertEquals("/", new CanonicalRequest("GET", "", List.of(), List.of(), n -> List.of(), EMPTY).canonicalUri());
    }

    @Test
    void queryValuesAreEncodedWithTheirSlashesAndEmptyValuesKeepTheirEquals() {
        CanonicalRequest request = new CanonicalRequest("GET", "/", List.of(Map.entry("prefix", "a/b c"),
                Map.entry("delete", "")), List.of(), n -> List.of(), EMPTY);
        assertEquals("delete=&prefix=a%2Fb%20c", request.canonicalQuery());
    }

    @Test
    void headerValuesAreTrimmedAndInnerSpacesFolded() {
        CanonicalRequest request = new CanonicalRequest("GET", "/", List.of(), List.of("my-header1", "my-header2"),
                headers(Map.of("my-header1", List.of("  value1 "), "my-header2", List.of("a   b   c", "d"))), EMPTY);
        assertEquals("my-header1:value1\nmy-header2:a b c,d\n", request.canonicalHeaders());
    }

    @Test
    void guideGetObjectWithRange() {
        CanonicalRequest request = new CanonicalRequest("GET", "/test.txt", List.of(),
                List.of("host", "range", "x-amz-content-sha256", "x-amz-date"),
                headers(Map.of("host", List.of("examplebucket.s3.amazonaws.com"), "range", List.of("bytes=0-9"),
                        "x-amz-content-sha256", List.of(EMPTY), "x-amz-date", List.of("20130524T000000Z"))),
                EMPTY);
        assertEquals("f0e8bdb87c964420e857bd35b5d6ed310bd44f0170aba48dd91039c6036bdb41",
                signature(GUIDE_SECRET, GUIDE_SCOPE, "20130524T000000Z", request));
    }

    @Test
    void guidePresignedGet() {
        CanonicalRequest request = new CanonicalRequest("GET", "/test.txt", List.of(
                Map.entry("X-Amz-Algorithm", "AWS4-HMAC-SHA256"),
                Map.entry("X-Amz-Credential", "AKIAIOSFODNN7EXAMPLE/20130524/us-east-1/s3/aws4_request"),
                Map.entry("X-Amz-Date", "20130524T000000Z"), Map.entry("X-Amz-Expires", "86400"),
                Map.entry("X-Amz-SignedHeaders", "host")), List.of("host"),
                headers(Map.of("host", List.of("examplebucket.s3.amazonaws.com"))), "UNSIGNED-PAYLOAD");
        assertEquals("aeeed9bbccd4d02ee5c0109b86d86835f995330da4c265957d157751f604d404",
                signature(GUIDE_SECRET, GUIDE_SCOPE, "20130524T000000Z", request));
    }

    @Test
    void guideChunkedUploadChainsEveryChunkToTheSeed() {
        CanonicalRequest request = new CanonicalRequest("PUT", "/examplebucket/chunkObject.txt", List.of(),
                List.of("content-encoding", "content-length", "host", "x-amz-content-sha256", "x-amz-date",
                        "x-amz-decoded-content-length", "x-amz-storage-class"),
                headers(Map.of("content-encoding", List.of("aws-chunked"), "content-length", List.of("66824"),
                        "host", List.of("s3.amazonaws.com"),
                        "x-amz-content-sha256", List.of("STREAMING-AWS4-HMAC-SHA256-PAYLOAD"),
                        "x-amz-date", List.of("20130524T000000Z"), "x-amz-decoded-content-length", List.of("66560"),
                        "x-amz-storage-class", List.of("REDUCED_REDUNDANCY"))),
                "STREAMING-AWS4-HMAC-SHA256-PAYLOAD");
        String seed = signature(GUIDE_SECRET, GUIDE_SCOPE, "20130524T000000Z", request);
        assertEquals("4f232c4386841ef735655705268965c44a0e4690baa4adea153f7db9fa80a0a9", seed);

        SigningKey key = SigningKey.derive(GUIDE_SECRET, GUIDE_SCOPE);
        String first = key.sign(StringToSign.chunk("20130524T000000Z", GUIDE_SCOPE, seed,
                SigningKey.sha256Hex("a".repeat(65536).getBytes())));
        assertEquals("ad80c730a21e5b8d04586a2213dd63b9a0e99e0e2307b0ade35a65485a288648", first);
        String second = key.sign(StringToSign.chunk("20130524T000000Z", GUIDE_SCOPE, first,
                SigningKey.sha256Hex("a".repeat(1024).getBytes())));
        assertEquals("0055627c9e194cb4542bae2aa5492e3c1575bbb81b612b7d234b86a503ef5497", second);
        String last = key.sign(StringToSign.chunk("20130524T000000Z", GUIDE_SCOPE, second, EMPTY));
        assertEquals("b6c6ea8a5354eaf15b3cb7646744f4275b71ea724fed81ceb9323e279d449df9", last);
    }

    @Test
    void credentialsParseAndRefuseOtherShapes() {
        CredentialScope.Credential credential =
                CredentialScope.parseCredential("AKIDEXAMPLE/20150830/us-east-1/service/aws4_request");
        assertEquals("AKIDEXAMPLE", credential.accessKeyId());
        assertEquals(SUITE_SCOPE, credential.scope());
        assertThrows(IllegalArgumentException.class, () -> CredentialScope.parseCredential("AKID/20150830/us-east-1/s3"));
        assertThrows(IllegalArgumentException.class,
                () -> CredentialScope.parseCredential("AKID/2015-08-30/us-east-1/s3/aws4_request"));
    }

    @Test
    void signaturesCompareWholly() {
        assertTrue(SigningKey.sameSignature("abc", "abc"));
        assertFalse(SigningKey.sameSignature("abc", "abd"));
        assertFalse(SigningKey.sameSignature("abc", "ab"));
    }

    @Test
    void decodingRefusesBrokenEscapes() {
        assertEquals("a b+", UriEncoding.decode("a%20b+"));
        assertThrows(IllegalArgumentException.class, () -> UriEncoding.decode("a%2"));
        assertThrows(IllegalArgumentException.class, () -> UriEncoding.decode("a%zz"));
    }
}
