package io.stowage.adapter.http.framing;

import io.micronaut.http.HttpStatus;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a request head must be before anything reads its body (RFC 9112): HTTP/1.0 or 1.1, and at most
 * the one transfer coding Stowage decodes, {@code chunked}, once. Anything else is refused, because a
 * server that guesses where an unusual body ends may read the next request out of it (smuggling).
 */
final class FramingRules {

    private FramingRules() {
    }

    /** Why this request head cannot be served, if it cannot. */
    static Optional<Refusal> check(HttpRequest request) {
        if (request.decoderResult().isFailure()) {
            return Optional.of(ofDecodeFailure(request.decoderResult().cause()));
        }
        HttpVersion version = request.protocolVersion();
        if (!"HTTP".equals(version.protocolName()) || version.majorVersion() != 1 || version.minorVersion() > 1) {
            return Optional.of(versionNotSupported());
        }
        List<String> codings = request.headers().getAll(HttpHeaderNames.TRANSFER_ENCODING);
        if (codings.isEmpty()) {
            return Optional.empty();
        }
        // every coding of every Transfer-Encoding line, in order: "gzip, chunked" or two lines both count
        List<String> all = codings.stream().flatMap(line -> List.of(line.split(",", -1)).stream())
                .map(coding -> coding.strip().toLowerCase(Locale.ROOT)).toList();
        if (!all.equals(List.of("chunked"))) {
            // only "chunked" is decoded: a compressed or unknown coding would be stored decoded, or
            // its end guessed from a Content-Length another server along the way would ignore
            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST,
                    "Transfer-Encoding must be exactly \"chunked\"; send compressed bodies with Content-Encoding"));
        }
        if (request.headers().contains(HttpHeaderNames.CONTENT_LENGTH)) {
            // RFC 9112 §6.3: both headers is a smuggling attempt or a broken proxy; refuse and close
            return Optional.of(new Refusal(HttpStatus.BAD_REQUEST,
                    "a request must not carry both Transfer-Encoding and Content-Length"));
        }
        return Optional.empty();
    }

    /** The status for a request head the decoder could not parse. */
    static Refusal ofDecodeFailure(Throwable cause) {
        if (cause instanceof TooLongHttpHeaderException) {
            return new Refusal(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "the request headers are too large");
        }
        if (cause instanceof TooLongHttpLineException) {
            return new Refusal(HttpStatus.REQUEST_URI_TOO_LONG, "the request line is too long");
        }
        // the decoder parses the version first and names it when it cannot ("invalid version format")
        String message = cause.getMessage();
        if (cause.getClass() == IllegalArgumentException.class && message != null
                && message.toLowerCase(Locale.ROOT).contains("version")) {
            return versionNotSupported();
        }
        return new Refusal(HttpStatus.BAD_REQUEST, "the request is not valid HTTP/1.1");
    }

    private static Refusal versionNotSupported() {
        return new Refusal(HttpStatus.HTTP_VERSION_NOT_SUPPORTED, "only HTTP/1.1 and HTTP/1.0 are supported");
    }
}
