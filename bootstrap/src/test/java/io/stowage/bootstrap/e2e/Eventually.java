package io.stowage.bootstrap.e2e;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polling with a deadline, for what the server decides by the wall clock (token expiry, grace periods,
 * recovery): asks again every {@link #PAUSE} until the answer is the awaited one, and fails with the last
 * answer when the deadline passes.
 */
final class Eventually {

    static final Duration PAUSE = Duration.ofMillis(50);

    private Eventually() {
    }

    static <T> T until(Supplier<T> probe, Predicate<T> done, Duration deadline, String awaited) {
        long end = System.nanoTime() + deadline.toNanos();
        while (true) {
            T answer = probe.get();
            if (done.test(answer)) {
                return answer;
            }
            if (System.nanoTime() - end > 0) {
                throw new AssertionError(awaited + " did not happen within " + deadline + "; last answer: " + answer);
            }
            try {
                Thread.sleep(PAUSE.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + awaited, e);
            }
        }
    }
}
