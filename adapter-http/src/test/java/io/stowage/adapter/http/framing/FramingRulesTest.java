package io.stowage.adapter.http.framing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import io.netty.handler.codec.DecoderResult;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FramingRulesTest {

    private static HttpRequest request(HttpVersion version, String... headers) {
        HttpRequest request = new DefaultHttpRequest(version, HttpMethod.POST, "/storage/v1/object/b/k");
        for (int i = 0; i < headers.length; i += 2) {
            request.headers().add(headers[i], headers[i + 1]);
        }
        return request;
    }

    private static HttpStatus refusal(HttpRequest request) {
        Optional<Refusal> refusal = FramingRules.check(request);
        assertTrue(refusal.isPresent(), "refused: " + request.headers());
        return refusal.get().status();
    }

    @Test
    void plainChunkedAndContentLengthPass() {
        assertTrue(FramingRules.check(request(HttpVersion.HTTP_1_1, "Transfer-Encoding", "chunked")).isEmpty());
        assertTrue(FramingRules.check(request(HttpVersion.HTTP_1_1, "Transfer-Encoding", "Chunked")).isEmpty());
        assertTrue(FramingRules.check(request(HttpVersion.HTTP_1_1, "Content-Length", "3")).isEmpty());
        assertTrue(FramingRules.check(request(HttpVersion.HTTP_1_0)).isEmpty());
    }

    @Test
    void everyOtherTransferCodingIsRefused() {
        for (String coding : new String[] {"gzip, chunked", "xchunked", "chunked, chunked", "identity", "chunked,",
                "deflate"}) {
            assertEquals(HttpStatus.BAD_REQUEST, refusal(request(HttpVersion.HTTP_1_1, "Transfer-Encoding", coding)));
        }
        assertEquals(HttpStatus.BAD_REQUEST, refusal(request(HttpVersion.HTTP_1_1,
                "Transfer-Encoding", "chunked", "Transfer-Encoding", "chunked")));
        assertEquals(HttpStatus.BAD_REQUEST, refusal(request(HttpVersion.HTTP_1_1,
                "Transfer-Encoding", "chunked", "Content-Length", "3")));
    }

    @Test
    void otherVersionsAre505() {
        assertEquals(HttpStatus.HTTP_VERSION_NOT_SUPPORTED, refusal(request(HttpVersion.valueOf("HTTP/2.0"))));
        assertEquals(HttpStatus.HTTP_VERSION_NOT_SUPPORTED, refusal(request(HttpVersion.valueOf("HTTP/1.2"))));
        assertEquals(HttpStatus.HTTP_VERSION_NOT_SUPPORTED,
                FramingRules.ofDecodeFailure(new IllegalArgumentException("invalid version format: FOO")).status());
    }

    @Test
    void decodeFailuresAreNamed() {
        HttpRequest tooLarge = request(HttpVersion.HTTP_1_1);
        tooLarge.setDecoderResult(DecoderResult.failure(new TooLongHttpHeaderException("too long")));
        assertEquals(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, refusal(tooLarge));
        assertEquals(HttpStatus.BAD_REQUEST, FramingRules.ofDecodeFailure(new IllegalStateException("x")).status());
    }
}
