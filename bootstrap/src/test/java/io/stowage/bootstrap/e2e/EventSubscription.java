package io.stowage.bootstrap.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** A Server-Sent Events subscriber over real HTTP: parses each message's id and JSON data as it arrives. */
final class EventSubscription implements AutoCloseable {

    /** One SSE message. */
    record Message(long id, JsonNode event) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final BlockingQueue<Message> messages = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<InputStream>> response;
    private volatile Exception failure;
    private final CompletableFuture<Long> opening = new CompletableFuture<>();

    private EventSubscription(HttpRequest request) {
        this.response = CLIENT.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        Thread reader = new Thread(() -> read(response.join()), "sse-reader");
        reader.setDaemon(true);
        reader.start();
    }

    /** Subscribes as {@code api}'s caller to {@code query} (e.g. "?bucket=b"), resuming after {@code lastEventId}. */
    static EventSubscription open(Api api, String query, long lastEventId) {
        HttpRequest.Builder request = api.request("/events" + query).header("Accept", "text/event-stream")
                .header("Last-Event-ID", Long.toString(lastEventId)).GET();
        return new EventSubscription(request.build());
    }

    /** Subscribes as {@code api}'s caller without a Last-Event-ID: from the next change on. */
    static EventSubscription live(Api api, String query) {
        return new EventSubscription(api.request("/events" + query).header("Accept", "text/event-stream").GET().build());
    }

    /** The response status; once it is known, the server has fixed where the stream starts. */
    int status() throws Exception {
        return response.get(30, TimeUnit.SECONDS).statusCode();
    }

    String contentType() throws Exception {
        return response.get(30, TimeUnit.SECONDS).headers().firstValue("Content-Type").orElse("");
    }

    /** The position the server said the stream starts after, in its opening message. */
    long startPosition() throws Exception {
        return opening.get(30, TimeUnit.SECONDS);
    }

    /** The next message, waiting up to {@code seconds}; fails when none comes. */
    Message next(int seconds) throws InterruptedException {
        Message message = messages.poll(seconds, TimeUnit.SECONDS);
        if (message == null) {
            throw new AssertionError("no event within " + seconds + " s", failure);
        }
        return message;
    }

    /** Every message up to and including the first that matches {@code last}. */
    List<Message> until(Predicate<JsonNode> last, int seconds) throws InterruptedException {
        List<Message> seen = new ArrayList<>();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            Message message = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (message == null) {
                throw new AssertionError("the awaited event did not come within " + seconds + " s; got " + seen, failure);
            }
            seen.add(message);
            if (last.test(message.event())) {
                return seen;
            }
        }
    }

    private void read(HttpResponse<InputStream> answer) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(answer.body(), StandardCharsets.UTF_8))) {
            long id = -1;
            String name = null;
            StringBuilder data = new StringBuilder();
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("id:")) {
                    id = Long.parseLong(line.substring(3).trim());
                } else if (line.startsWith("event:")) {
                    name = line.substring(6).trim();
                } else if (line.startsWith("data:")) {
                    data.append(line.substring(5).trim());
                } else if (line.isEmpty() && data.length() > 0) {
                    if (name == null) {
                        messages.add(new Message(id, Json.parse(data.toString())));
                    } else if (name.equals("stowage.subscribed")) {
                        opening.complete(id);
                    }
                    name = null;
                    data.setLength(0);
                }
            }
        } catch (IOException | RuntimeException e) {
            // closed by the test, or a malformed stream: the waiting assertion reports it
            failure = e;
        }
    }

    @Override
    public void close() throws Exception {
        if (response.isDone() && !response.isCompletedExceptionally()) {
            response.get().body().close();
        } else {
            response.cancel(true);
        }
    }
}
