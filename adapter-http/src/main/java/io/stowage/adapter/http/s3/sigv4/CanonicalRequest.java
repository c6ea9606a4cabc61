package io.stowage.adapter.http.s3.sigv4;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * SigV4's canonical request, built from what the server received: the method, the path as S3 encodes it
 * (each segment encoded once, never normalized), the query sorted by encoded name and value, the signed
 * headers (lower-case names, trimmed values with inner runs of spaces folded) and the payload hash.
 *
 * @param rawPath the path exactly as sent (percent escapes included)
 * @param query the query parameters as sent, decoded, in any order; the signature's own is left out by the caller
 * @param headers reads every value of one header by its lower-case name
 */
public record CanonicalRequest(String method, String rawPath, List<Map.Entry<String, String>> query,
        List<String> signedHeaders, Function<String, List<String>> headers, String payloadHash) {

    public CanonicalRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(rawPath, "rawPath");
        query = List.copyOf(query);
        signedHeaders = List.copyOf(signedHeaders);
        Objects.requireNonNull(headers, "headers");
        Objects.requireNonNull(payloadHash, "payloadHash");
    }

    public String text() {
        return method + '\n' + canonicalUri() + '\n' + canonicalQuery() + '\n' + canonicalHeaders() + '\n'
                + String.join(";", signedHeaders) + '\n' + payloadHash;
    }

    String canonicalUri() {
        String path = rawPath.isEmpty() ? "/" : rawPath;
        return UriEncoding.encode(UriEncoding.decode(path), true);
    }

    String canonicalQuery() {
        List<String[]> pairs = new ArrayList<>();
        for (Map.Entry<String, String> parameter : query) {
            pairs.add(new String[] {UriEncoding.encode(parameter.getKey(), false),
                    UriEncoding.encode(parameter.getValue() == null ? "" : parameter.getValue(), false)});
        }
        pairs.sort(Comparator.<String[], String>comparing(pair -> pair[0]).thenComparing(pair -> pair[1]));
        StringBuilder out = new StringBuilder();
        for (String[] pair : pairs) {
            if (!out.isEmpty()) {
                out.append('&');
            }
            out.append(pair[0]).append('=').append(pair[1]);
        }
        return out.toString();
    }

    String canonicalHeaders() {
        StringBuilder out = new StringBuilder();
        for (String name : signedHeaders) {
            List<String> values = headers.apply(name.toLowerCase(Locale.ROOT));
            List<String> trimmed = new ArrayList<>();
            for (String value : values == null ? List.<String>of() : values) {
                trimmed.add(value.strip().replaceAll(" +", " "));
            }
            out.append(name).append(':').append(String.join(",", trimmed)).append('\n');
        }
        return out.toString();
    }
}
