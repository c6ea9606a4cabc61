package io.stowage.adapter.http.s3;

import io.micronaut.http.HttpStatus;
import io.stowage.adapter.http.s3.sigv4.SigningKey;
import io.stowage.adapter.http.s3.sigv4.StringToSign;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Decodes an aws-chunked body as it streams: each chunk's signature is checked against the chain from the
 * request's signature once the chunk is read, the trailer's checksum (and its signature) at the end, and
 * the decoded length against x-amz-decoded-content-length. Any break fails the read with an
 * {@link S3StreamFailure}, so the upload keeps nothing. Only one chunk's digest is held, never its bytes.
 */
final class AwsChunkedStream extends InputStream {

    private static final int MAX_LINE = 4096;
    private static final String SIGNATURE_FIELD = ";chunk-signature=";

    private final InputStream raw;
    private final S3Caller caller;
    private final Optional<TrailingChecksum> checksum;
    private final long declaredLength;
    private final MessageDigest chunkDigest;
    private String previousSignature;
    private String chunkSignature;
    private long remainingInChunk;
    private long total;
    private boolean finished;
    private boolean afterData;

    AwsChunkedStream(InputStream raw, S3Caller caller, Optional<TrailingChecksum> checksum, long declaredLength) {
        this.raw = raw;
        this.caller = caller;
        this.checksum = checksum;
        this.declaredLength = declaredLength;
        this.previousSignature = caller.seedSignature();
        try {
            this.chunkDigest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] target, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (remainingInChunk == 0) {
            if (finished) {
                return -1;
            }
            nextChunk();
        }
        int n = raw.read(target, offset, (int) Math.min(length, remainingInChunk));
        if (n < 0) {
            throw fail("IncompleteBody", "The body ended inside a chunk");
        }
        chunkDigest.update(target, offset, n);
        checksum.ifPresent(sum -> sum.update(target, offset, n));
        remainingInChunk -= n;
        total += n;
        if (remainingInChunk == 0) {
            endChunk();
        }
        return n;
    }

    private void nextChunk() throws IOException {
        if (afterData) {
            // a chunk's data ends with CRLF before the next chunk's header
            if (!line().isEmpty()) {
                throw fail("InvalidRequest", "A chunk is longer than its header says");
            }
            afterData = false;
        }
        String header = line();
        int semicolon = header.indexOf(';');
        String sizeText = semicolon < 0 ? header : header.substring(0, semicolon);
        long size;
        try {
            size = Long.parseLong(sizeText.strip(), 16);
        } catch (NumberFormatException e) {
            throw fail("InvalidRequest", "A chunk header is malformed");
        }
        if (size < 0) {
            throw fail("InvalidRequest", "A chunk header is malformed");
        }
        if (caller.payload().signedChunks()) {
            if (semicolon < 0 || !header.startsWith(SIGNATURE_FIELD, semicolon)) {
                throw signatureBroken();
            }
            chunkSignature = header.substring(semicolon + SIGNATURE_FIELD.length()).strip();
        }
        remainingInChunk = size;
        afterData = size > 0;
        if (size == 0) {
            endChunk();
            finish();
        }
    }

    private void endChunk() throws IOException {
        if (caller.payload().signedChunks()) {
            String expected = caller.key().sign(StringToSign.chunk(caller.amzDate(), caller.scope(), previousSignature,
                    HexFormat.of().formatHex(chunkDigest.digest())));
            if (!SigningKey.sameSignature(expected, chunkSignature)) {
                throw signatureBroken();
            }
            previousSignature = expected;
        }
        chunkDigest.reset();
    }

    private void finish() throws IOException {
        finished = true;
        if (caller.payload().trailer()) {
            readTrailer();
        } else {
            // the empty chunk ends with a blank line
            String blank = line();
            if (!blank.isEmpty()) {
                throw fail("InvalidRequest", "The chunked body does not end with a blank line");
            }
        }
        if (declaredLength >= 0 && total != declaredLength) {
            throw fail("IncompleteBody", "The decoded body is " + total + " bytes, not the " + declaredLength + " declared");
        }
    }

    private void readTrailer() throws IOException {
        StringBuilder signedText = new StringBuilder();
        Optional<String> value = Optional.empty();
        Optional<String> trailerSignature = Optional.empty();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                throw fail("InvalidRequest", "A trailer line is malformed");
            }
            String name = line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT);
            String text = line.substring(colon + 1).strip();
            if (name.equals("x-amz-trailer-signature")) {
                trailerSignature = Optional.of(text);
            } else {
                signedText.append(name).append(':').append(text).append('\n');
                if (checksum.isPresent() && name.equals(checksum.get().header())) {
                    value = Optional.of(text);
                }
            }
        }
        if (caller.payload().signedChunks()) {
            String expected = caller.key().sign(StringToSign.trailer(caller.amzDate(), caller.scope(), previousSignature,
                    signedText.toString()));
            if (trailerSignature.isEmpty() || !SigningKey.sameSignature(expected, trailerSignature.get())) {
                throw signatureBroken();
            }
        }
        if (checksum.isPresent()) {
            try {
                checksum.get().verify(value.orElseThrow(() ->
                        S3Failure.invalidArgument("the trailer lacks the announced " + checksum.get().header())));
            } catch (S3Failure failure) {
                throw new S3StreamFailure(failure);
            }
        }
    }

    /** One CRLF-ended line of the framing. */
    private String line() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (true) {
            int b = raw.read();
            if (b < 0) {
                throw fail("IncompleteBody", "The chunked body ended early");
            }
            if (b == '\n') {
                String text = bytes.toString(StandardCharsets.US_ASCII);
                text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                return text;
            }
            if (bytes.size() >= MAX_LINE) {
                throw fail("InvalidRequest", "A chunk header line is too long");
            }
            bytes.write(b);
        }
    }


    private S3StreamFailure signatureBroken() {
        return new S3StreamFailure(new S3Failure(HttpStatus.FORBIDDEN, "SignatureDoesNotMatch",
                "A chunk signature does not match the chain of signatures."));
    }

    private static S3StreamFailure fail(String code, String message) {
        return new S3StreamFailure(new S3Failure(HttpStatus.BAD_REQUEST, code, message));
    }

    @Override
    public void close() throws IOException {
        raw.close();
    }
}
