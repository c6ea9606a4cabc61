package io.stowage.bootstrap.e2e;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import io.stowage.adapter.persistence.embedded.EmbeddedDatabase;
import io.stowage.bootstrap.Stowage;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

/**
 * A configured webhook on a tiny JDK HTTP server: each event arrives as a POST whose X-Stowage-Signature
 * is the HMAC-SHA256 of its body, and an event answered with 500 is posted again until it is accepted,
 * also by the next run of the server: the delivery position lives in the database.
 */
class WebhookE2eTest {

    private static final String SECRET = "webhook-secret-for-the-e2e-test";

    /** One POST the hook received. */
    record Delivery(byte[] body, String signature, int status) {
    }

    private static String hmac(byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
    }

    @Test
    void eventsArriveSignedAndARefusedOneIsRetried() throws Exception {
        BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
        AtomicInteger calls = new AtomicInteger();
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = calls.incrementAndGet() == 1 ? 500 : 204;
            deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-Stowage-Signature"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        hook.start();
        String url = "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook";
        try (Stowage stowage = TestServer.start(Map.of(
                "stowage.webhooks.urls", url,
                "stowage.webhooks.secret", SECRET,
                "stowage.webhooks.retry-first", "100ms"))) {
            Api owner = new Api(URI.create(stowage.url() + "/storage/v1"), Tokens.user("hooked"));
            assertEquals(200, owner.createBucket("hooked", "private").statusCode());
            assertEquals(200, owner.upload("/object/hooked/a.txt", "text/plain", "abc".getBytes()).statusCode());

            Delivery refused = next(deliveries);
            assertEquals(500, refused.status());
            Delivery retried = next(deliveries);
            assertArrayEquals(refused.body(), retried.body(), "the refused event is posted again");
            assertEquals(hmac(retried.body()), retried.signature());
            JsonNode bucketCreated = Json.parse(new String(retried.body(), StandardCharsets.UTF_8));
            assertEquals("storage.bucket.created", bucketCreated.get("type").asText());
            assertEquals("hooked", bucketCreated.get("bucket").asText());

            Delivery upload = next(deliveries);
            assertEquals(hmac(upload.body()), upload.signature());
            JsonNode created = Json.parse(new String(upload.body(), StandardCharsets.UTF_8));
            assertEquals("storage.object.created", created.get("type").asText());
            assertEquals("a.txt", created.get("path").asText());
            assertEquals(3, created.get("size").asLong());
            assertEquals("hooked", created.get("owner_id").asText());
        } finally {
            hook.stop(0);
        }
    }

    @Test
    void anEventNotYetAcceptedIsDeliveredAfterARestart() throws Exception {
        BlockingQueue<Delivery> deliveries = new LinkedBlockingQueue<>();
        AtomicInteger answer = new AtomicInteger(503);
        HttpServer hook = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        hook.createContext("/hook", exchange -> {
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            int status = answer.get();
            deliveries.add(new Delivery(body, exchange.getRequestHeaders().getFirst("X-Stowage-Signature"), status));
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        hook.createContext("/probe", exchange -> {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        hook.start();
        EmbeddedDatabase database = EmbeddedDatabase.start(Files.createTempDirectory("stowage-webhook-db-").toFile());
        Map<String, Object> settings = Map.of(
                "stowage.database.url", database.jdbcUrl(),
                "stowage.database.user", database.user(),
                "stowage.database.password", database.password(),
                "stowage.webhooks.urls", "http://127.0.0.1:" + hook.getAddress().getPort() + "/hook",
                "stowage.webhooks.secret", SECRET,
                "stowage.webhooks.retry-first", "100ms",
                "stowage.webhooks.lease", "1s");
        try {
            Set<Thread> earlier = webhookThreads();
            Set<Thread> delivering;
            try (Stowage stowage = TestServer.start(settings)) {
                delivering = webhookThreads();
                delivering.removeAll(earlier);
                assertFalse(delivering.isEmpty(), "the server delivers on a thread of its own");
                Api owner = new Api(URI.create(stowage.url() + "/storage/v1"), Tokens.user("restarted"));
                assertEquals(200, owner.createBucket("restarted", "public").statusCode());
                assertEquals(503, next(deliveries).status(), "the target is down while the first instance runs");
            }
            for (Thread thread : delivering) {
                thread.join(TimeUnit.SECONDS.toMillis(30));
                assertFalse(thread.isAlive(), "the stopped server's delivery thread ended");
            }
            // a call the thread made before it ended has landed once the hook has answered one made after it
            probe(hook);
            deliveries.clear();
            assertEquals(List.of(), List.copyOf(deliveries), "a stopped server posts nothing more");
            answer.set(200);
            try (Stowage restarted = TestServer.start(settings)) {
                Delivery delivered = next(deliveries);
                assertEquals(200, delivered.status());
                JsonNode event = Json.parse(new String(delivered.body(), StandardCharsets.UTF_8));
                assertEquals("storage.bucket.created", event.get("type").asText(), "resumed at the unaccepted event");
                assertEquals("restarted", event.get("bucket").asText());
            }
        } finally {
            hook.stop(0);
            database.close();
        }
    }

    /** The threads delivering webhooks in this JVM right now. */
    private static Set<Thread> webhookThreads() {
        Set<Thread> threads = new HashSet<>(Thread.getAllStackTraces().keySet());
        threads.removeIf(thread -> !thread.getName().startsWith("stowage-webhook-"));
        return threads;
    }

    /** Waits for the hook's answer to a call of its own, made after every call it has been sent so far. */
    private static void probe(HttpServer hook) throws Exception {
        URI probe = URI.create("http://127.0.0.1:" + hook.getAddress().getPort() + "/probe");
        int status = HttpClient.newHttpClient().send(HttpRequest.newBuilder(probe).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
        assertEquals(204, status, "the hook answers its probe");
    }

    private static Delivery next(BlockingQueue<Delivery> deliveries) throws InterruptedException {
        Delivery delivery = deliveries.poll(30, TimeUnit.SECONDS);
        assertNotNull(delivery, "no webhook call within 30 s");
        return delivery;
    }
}
