package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Renders per second of a 12-megapixel JPEG (4000x3000) to a 400 px wide WebP through the real server,
 * cold (each request a new rendition) and cached (the same rendition again). Not an *E2eTest, so it runs
 * once, on the disk volume. Prints the figures; -Dstowage.render.bench.cold=N / .cached=N for more rounds.
 */
class RenderThroughputTest {

    @Test
    void twelveMegapixelJpegToFourHundredPixelWebp() throws IOException, InterruptedException {
        Api owner = Api.as(Tokens.user("render-bench"));
        assertEquals(200, owner.createBucket("render-bench", "private").statusCode());
        HttpResponse<String> put = owner.upload("POST", "/object/render-bench/12mp.jpg", "image/jpeg",
                HttpRequest.BodyPublishers.ofByteArray(RenderE2eTest.image("jpeg", 4000, 3000)), true);
        assertEquals(200, put.statusCode(), put.body());
        HttpClient client = HttpClient.newHttpClient();
        int coldRounds = Integer.getInteger("stowage.render.bench.cold", 4);
        int cachedRounds = Integer.getInteger("stowage.render.bench.cached", 100);

        long coldStart = System.nanoTime();
        for (int i = 0; i < coldRounds; i++) {
            // another quality is another rendition: every one of these is rendered
            fetch(client, owner, "/render/image/authenticated/render-bench/12mp.jpg?width=400&format=webp&quality=" + (60 + i));
        }
        double coldSeconds = (System.nanoTime() - coldStart) / 1e9;
        long cachedStart = System.nanoTime();
        for (int i = 0; i < cachedRounds; i++) {
            fetch(client, owner, "/render/image/authenticated/render-bench/12mp.jpg?width=400&format=webp&quality=60");
        }
        double cachedSeconds = (System.nanoTime() - cachedStart) / 1e9;
        double cold = coldRounds / coldSeconds;
        double cached = cachedRounds / cachedSeconds;
        System.out.printf(Locale.ROOT, "RENDER-BENCH 12MP JPEG -> 400px WebP: cold %.2f renders/s (%d in %.2f s),"
                + " cached %.1f renders/s (%d in %.2f s)%n", cold, coldRounds, coldSeconds, cached, cachedRounds, cachedSeconds);
        assertTrue(cached > cold, "a cached rendition is served faster than one is rendered");
    }

    private static void fetch(HttpClient client, Api owner, String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = client.send(owner.request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, response.statusCode());
        assertEquals("image/webp", response.headers().firstValue("Content-Type").orElseThrow());
    }
}
