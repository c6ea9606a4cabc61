package io.stowage.adapter.http.events;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.ApplicationEventListener;
import io.micronaut.context.event.ShutdownEvent;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.stowage.application.port.in.DeliverWebhooks;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Starts one delivery thread per configured webhook URL ({@code stowage.webhooks.urls}, comma-separated)
 * when the application starts, each signing with {@code stowage.webhooks.secret}.
 */
@Context
@Requires(property = "stowage.webhooks.urls")
final class WebhookDispatcher implements ApplicationEventListener<ShutdownEvent> {

    private final List<Thread> threads = new ArrayList<>();

    WebhookDispatcher(DeliverWebhooks feed, JsonMapper mapper,
            @Value("${stowage.webhooks.urls}") String urls,
            @Value("${stowage.webhooks.secret:}") @Nullable String secret,
            @Value("${stowage.webhooks.retry-first:500ms}") Duration retryFirst,
            @Value("${stowage.webhooks.retry-max:5m}") Duration retryMax,
            @Value("${stowage.events.poll-interval:200ms}") Duration pollInterval) {
        WebhookSignature signature = new WebhookSignature(secret);
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        for (URI url : parse(urls)) {
            WebhookTarget target = new WebhookTarget(url, feed, signature, mapper, client, pollInterval,
                    new Backoff(retryFirst, retryMax));
            Thread thread = new Thread(target, "stowage-webhook-" + url.getHost());
            thread.setDaemon(true);
            threads.add(thread);
        }
        threads.forEach(Thread::start);
    }

    static List<URI> parse(String urls) {
        return Arrays.stream(urls.split(","))
                .map(String::trim)
                .filter(url -> !url.isEmpty())
                .map(URI::create)
                .peek(url -> {
                    if (!"http".equals(url.getScheme()) && !"https".equals(url.getScheme())) {
                        throw new IllegalArgumentException("a webhook URL must be http or https: " + url);
                    }
                })
                .toList();
    }

    /** Stops the threads with the application, so that a stopped server neither polls nor posts. */
    @Override
    public void onApplicationEvent(ShutdownEvent event) {
        stop();
    }

    void stop() {
        threads.forEach(Thread::interrupt);
    }
}
