package io.stowage.bootstrap.e2e;

import static io.stowage.bootstrap.e2e.ErrorAssert.assertError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Image transformations through the real server: every option and limit, the cache, signed render URLs, access. */
class RenderE2eTest {

    private static final Api OWNER = Api.as(Tokens.user("render-owner"));
    private static final Api STRANGER = Api.as(Tokens.user("render-stranger"));
    private static final Api NOBODY = Api.anonymous();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void images() throws IOException {
        assertEquals(200, OWNER.createBucket("render-private", "private").statusCode());
        assertEquals(200, OWNER.createBucket("render-public", "public").statusCode());
        upload("render-private", "photo.jpg", "image/jpeg", image("jpeg", 800, 600));
        upload("render-public", "photo.png", "image/png", image("png", 400, 200));
        upload("render-private", "notes.txt", "text/plain", "not an image".getBytes(StandardCharsets.US_ASCII));
        upload("render-private", "bomb.png", "image/png", pngBomb(100_000, 100_000));
    }

    @Test
    void everyResizeModeAndFormatThroughHttp() {
        assertImage(get(OWNER, "/render/image/authenticated/render-private/photo.jpg?width=200"), "image/jpeg", 200, 150);
        assertImage(get(OWNER, "/render/image/authenticated/render-private/photo.jpg?height=60"), "image/jpeg", 80, 60);
        assertImage(get(OWNER, "/render/image/authenticated/render-private/photo.jpg?width=100&height=100"),
                "image/jpeg", 100, 100);
        assertImage(get(OWNER, "/render/image/authenticated/render-private/photo.jpg?width=100&height=100&resize=contain"),
                "image/jpeg", 100, 75);
        assertImage(get(OWNER, "/render/image/authenticated/render-private/photo.jpg?width=100&height=100&resize=fill"),
                "image/jpeg", 100, 100);
        assertImage(get(OWNER, "/render/image/authenticated/render-private/photo.jpg?width=100&format=webp"),
                "image/webp", 100, 75);
        // without a format, a client that takes WebP gets WebP; format=origin keeps the source's
        HttpResponse<byte[]> negotiated = send(OWNER.request("/render/image/authenticated/render-private/photo.jpg?width=120")
                .header("Accept", "image/webp,image/*"));
        assertImage(negotiated, "image/webp", 120, 90);
        assertEquals("Accept", negotiated.headers().firstValue("Vary").orElseThrow());
        assertImage(send(OWNER.request("/render/image/authenticated/render-private/photo.jpg?width=120&format=origin")
                .header("Accept", "image/webp")), "image/jpeg", 120, 90);
        // quality changes the bytes; download makes an attachment
        int low = get(OWNER, "/render/image/authenticated/render-private/photo.jpg?width=400&quality=20").body().length;
        int high = get(OWNER, "/render/image/authenticated/render-private/photo.jpg?width=400&quality=100").body().length;
        assertTrue(low < high, low + " vs " + high);
        assertTrue(get(OWNER, "/render/image/authenticated/render-private/photo.jpg?width=50&download=small.jpg")
                .headers().firstValue("Content-Disposition").orElseThrow().contains("small.jpg"));
    }

    @Test
    void badOptionsAre400AndUnrenderableSources422() {
        for (String query : new String[] {"width=0", "width=2501", "width=abc", "height=-1", "quality=19",
                "quality=101", "resize=stretch", "format=avif", "format=gif", "width=1.5"}) {
            assertError(asText(get(OWNER, "/render/image/authenticated/render-private/photo.jpg?" + query)), 400,
                    "InvalidRequest");
        }
        assertError(asText(get(OWNER, "/render/image/authenticated/render-private/notes.txt?width=10")), 422,
                "ImageProcessingError");
    }

    @Test
    void aDecompressionBombIsRefusedFastFromItsHeader() {
        long start = System.nanoTime();
        HttpResponse<byte[]> refused = get(OWNER, "/render/image/authenticated/render-private/bomb.png?width=10");
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertError(asText(refused), 422, "ImageProcessingError");
        assertTrue(new String(refused.body(), StandardCharsets.UTF_8).contains("100000x100000"));
        assertTrue(millis < 3000, "refused in " + millis + " ms");
    }

    @Test
    void aSourceOverTwentyFiveMegabytesIsRefusedBeforeDecoding() {
        byte[] big = new byte[25 * 1024 * 1024 + 1];
        upload("render-private", "huge.bin", "image/jpeg", big);
        assertError(asText(get(OWNER, "/render/image/authenticated/render-private/huge.bin?width=10")), 422,
                "ImageProcessingError");
    }

    @Test
    void renditionsAreCachedWithAnETagAndAnOverwriteInvalidatesThem() throws IOException {
        upload("render-private", "changing.png", "image/png", image("png", 300, 300));
        String path = "/render/image/authenticated/render-private/changing.png?width=30";
        HttpResponse<byte[]> first = get(OWNER, path);
        HttpResponse<byte[]> second = get(OWNER, path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        assertEquals(etag, second.headers().firstValue("ETag").orElseThrow());
        assertTrue(java.util.Arrays.equals(first.body(), second.body()));
        assertEquals("no-cache", first.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(304, send(OWNER.request(path).header("If-None-Match", etag)).statusCode());

        HttpResponse<String> overwrite = OWNER.upload("PUT", "/object/render-private/changing.png", "image/png",
                HttpRequest.BodyPublishers.ofByteArray(image("png", 300, 150)), true);
        assertEquals(200, overwrite.statusCode(), overwrite.body());
        HttpResponse<byte[]> after = get(OWNER, path);
        assertImage(after, "image/png", 30, 15);
        assertNotEquals(etag, after.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, send(OWNER.request(path).header("If-None-Match", etag)).statusCode());
    }

    @Test
    void concurrentRequestsForOneRenditionAllGetTheSameBytes() throws Exception {
        upload("render-private", "burst.jpg", "image/jpeg", image("jpeg", 1200, 900));
        String path = "/render/image/authenticated/render-private/burst.jpg?width=321&format=webp";
        ExecutorService callers = Executors.newFixedThreadPool(6);
        try {
            List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                answers.add(callers.submit(() -> get(OWNER, path)));
            }
            Set<String> etags = new HashSet<>();
            for (Future<HttpResponse<byte[]>> answer : answers) {
                HttpResponse<byte[]> response = answer.get();
                assertImage(response, "image/webp", 321, 241);
                etags.add(response.headers().firstValue("ETag").orElseThrow());
            }
            assertEquals(1, etags.size());
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void renderRoutesHaveExactlyTheObjectsReadAccess() {
        String route = "/render/image/authenticated/render-private/photo.jpg?width=10";
        assertEquals(200, get(OWNER, route).statusCode());
        assertError(asText(get(STRANGER, route)), 404, "NoSuchKey");
        assertError(asText(get(NOBODY, route)), 404, "NoSuchKey");
        assertError(asText(get(OWNER, "/render/image/authenticated/render-private/missing.jpg?width=10")), 404, "NoSuchKey");
        // the public route serves public buckets to anyone, and a private bucket like a missing object
        assertImage(get(NOBODY, "/render/image/public/render-public/photo.png?width=40"), "image/png", 40, 20);
        assertError(asText(get(NOBODY, "/render/image/public/render-private/photo.jpg?width=10")), 404, "NoSuchKey");
        assertError(asText(get(OWNER, "/render/image/public/render-private/photo.jpg?width=10")), 404, "NoSuchKey");
        assertError(asText(get(NOBODY, "/render/image/public/no-such-bucket/photo.jpg?width=10")), 404, "NoSuchKey");
    }

    @Test
    void signedRenderUrlsBindVersionAndOptions() throws IOException {
        upload("render-private", "signed.jpg", "image/jpeg", image("jpeg", 800, 600));
        HttpResponse<String> signed = OWNER.postJson("/object/sign/render-private/signed.jpg",
                "{\"expiresIn\":60,\"transform\":{\"width\":80,\"height\":80,\"resize\":\"contain\",\"format\":\"webp\"}}");
        assertEquals(200, signed.statusCode(), signed.body());
        String url = Json.body(signed).path("signedURL").asText();
        assertTrue(url.startsWith("/render/image/sign/render-private/signed.jpg?token="), url);
        assertImage(get(NOBODY, url), "image/webp", 80, 60);
        // the query cannot change the options the token carries
        assertImage(get(NOBODY, url + "&width=500&format=origin"), "image/webp", 80, 60);
        String token = url.substring(url.indexOf("?token=") + 7);
        // a render token is no download token, and the other way round
        assertError(OWNER.get("/object/sign/render-private/signed.jpg?token=" + token), 403, "InvalidSignature");
        String download = Json.body(OWNER.postJson("/object/sign/render-private/signed.jpg", "{\"expiresIn\":60}"))
                .path("signedURL").asText();
        assertError(asText(get(NOBODY, "/render/image/sign/render-private/signed.jpg"
                + download.substring(download.indexOf('?')))), 403, "InvalidSignature");
        assertError(asText(get(NOBODY, "/render/image/sign/render-private/photo.jpg?token=" + token)), 403,
                "InvalidSignature");
        assertError(STRANGER.postJson("/object/sign/render-private/signed.jpg",
                "{\"expiresIn\":60,\"transform\":{\"width\":80}}"), 404, "NoSuchKey");
        assertError(OWNER.postJson("/object/sign/render-private/signed.jpg",
                "{\"expiresIn\":60,\"transform\":{\"width\":0}}"), 400, "InvalidRequest");
        // an overwrite kills the URL
        upload("render-private", "signed.jpg", "image/jpeg", image("jpeg", 100, 100));
        assertError(asText(get(NOBODY, url)), 404, "NoSuchKey");
    }

    private static void upload(String bucket, String key, String type, byte[] bytes) {
        HttpResponse<String> put = OWNER.upload("POST", "/object/" + bucket + "/" + key, type,
                HttpRequest.BodyPublishers.ofByteArray(bytes), true);
        assertEquals(200, put.statusCode(), put.body());
    }

    private static HttpResponse<byte[]> get(Api caller, String path) {
        return send(caller.request(path));
    }

    private static HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The same answer with its body as text, for the error assertions. */
    private static HttpResponse<String> asText(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8);
        return new HttpResponse<>() {
            public int statusCode() { return response.statusCode(); }
            public HttpRequest request() { return response.request(); }
            public java.util.Optional<HttpResponse<String>> previousResponse() { return java.util.Optional.empty(); }
            public java.net.http.HttpHeaders headers() { return response.headers(); }
            public String body() { return body; }
            public java.util.Optional<javax.net.ssl.SSLSession> sslSession() { return response.sslSession(); }
            public java.net.URI uri() { return response.uri(); }
            public HttpClient.Version version() { return response.version(); }
        };
    }

    private static void assertImage(HttpResponse<byte[]> response, String type, int width, int height) {
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow());
        try {
            BufferedImage picture = ImageIO.read(new ByteArrayInputStream(response.body()));
            assertTrue(picture != null, "decodes as " + type);
            assertEquals(width, picture.getWidth(), "width");
            assertEquals(height, picture.getHeight(), "height");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] image(String format, int width, int height) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.ORANGE);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.BLUE);
        g.fillOval(width / 4, height / 4, width / 2, height / 2);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(picture, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A PNG whose header declares width x height RGBA pixels, followed by a few bytes of data. */
    static byte[] pngBomb(int width, int height) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        png.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(header);
        fields.writeInt(width);
        fields.writeInt(height);
        fields.write(new byte[] {8, 6, 0, 0, 0});
        chunk(png, "IHDR", header.toByteArray());
        chunk(png, "IDAT", new byte[] {0x78, (byte) 0x9c, 0x63, 0x60, 0, 0, 0, 2, 0, 1});
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        out.write(typeBytes);
        out.write(data);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeInt((int) crc.getValue());
    }
}
