package io.stowage.adapter.http.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The signature against RFC 4231's test case 2, the backoff's doubling, and the URL list's checks. */
class WebhookSignatureTest {

    @Test
    void signsWithHmacSha256AsRfc4231Says() {
        WebhookSignature signature = new WebhookSignature("Jefe");
        assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
                signature.sign("what do ya want for nothing?".getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesToStartWithoutASecret() {
        assertThrows(IllegalArgumentException.class, () -> new WebhookSignature(""));
        assertThrows(IllegalArgumentException.class, () -> new WebhookSignature(null));
    }

    @Test
    void backoffDoublesUpToItsCeilingAndStartsOverAfterASuccess() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofMillis(350));
        assertEquals(List.of(100L, 200L, 350L, 350L), List.of(backoff.failed().toMillis(), backoff.failed().toMillis(),
                backoff.failed().toMillis(), backoff.failed().toMillis()));
        backoff.succeeded();
        assertEquals(100, backoff.failed().toMillis());
    }

    @Test
    void webhookUrlsAreACommaSeparatedListOfHttpUrls() {
        assertEquals(2, WebhookDispatcher.parse(" http://a.example/hook, https://b.example/x ,").size());
        assertThrows(IllegalArgumentException.class, () -> WebhookDispatcher.parse("ftp://a.example/hook"));
    }
}
