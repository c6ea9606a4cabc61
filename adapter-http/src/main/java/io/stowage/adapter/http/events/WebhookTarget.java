package io.stowage.adapter.http.events;

import io.micronaut.json.JsonMapper;
import io.stowage.application.port.in.DeliverWebhooks;
import io.stowage.domain.event.StorageEvent;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers the event log to one webhook URL in order, one event at a time: an event is acknowledged (and
 * the target's persisted position moves past it) only after a 2xx answer, and retried with backoff until
 * then, so every event arrives at least once, also across restarts.
 */
final class WebhookTarget implements Runnable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookTarget.class);
    private static final int PAGE = 50;
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final URI url;
    private final DeliverWebhooks feed;
    private final WebhookSignature signature;
    private final JsonMapper mapper;
    private final HttpClient client;
    private final Duration pollInterval;
    private final Backoff backoff;

    WebhookTarget(URI url, DeliverWebhooks feed, WebhookSignature signature, JsonMapper mapper, HttpClient client,
            Duration pollInterval, Backoff backoff) {
        this.url = url;
        this.feed = feed;
        this.signature = signature;
        this.mapper = mapper;
        this.client = client;
        this.pollInterval = pollInterval;
        this.backoff = backoff;
    }

    @Override
    public void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                deliverPending();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void deliverPending() throws InterruptedException {
        try {
            var pending = feed.pending(url.toString(), PAGE);
            if (pending.isEmpty()) {
                Thread.sleep(pollInterval.toMillis());
                return;
            }
            for (StorageEvent event : pending) {
                deliver(event);
                feed.delivered(url.toString(), event);
            }
        } catch (RuntimeException e) {
            // the database is away: the position stays where it was, delivery resumes when it is back
            LOG.warn("webhook {}: cannot read or acknowledge events: {}", url, e.getMessage());
            Thread.sleep(backoff.failed().toMillis());
        }
    }

    /** Posts {@code event} until the target answers 2xx. */
    private void deliver(StorageEvent event) throws InterruptedException {
        byte[] body = EventJson.write(mapper, event).getBytes(StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/json")
                .header(WebhookSignature.HEADER, signature.sign(body))
                .header("X-Stowage-Event", event.type().wireName())
                .header("X-Stowage-Event-Id", Long.toString(event.id()))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();
        while (true) {
            String failure;
            try {
                int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                if (status / 100 == 2) {
                    backoff.succeeded();
                    return;
                }
                failure = "status " + status;
            } catch (IOException e) {
                failure = e.toString();
            }
            Duration wait = backoff.failed();
            LOG.warn("webhook {}: event {} not delivered ({}), retrying in {} ms", url, event.id(), failure,
                    wait.toMillis());
            Thread.sleep(wait.toMillis());
        }
    }
}
