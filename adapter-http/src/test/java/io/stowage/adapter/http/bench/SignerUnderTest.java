package io.stowage.adapter.http.bench;

import io.stowage.application.port.out.UrlTokens;
import java.lang.reflect.Constructor;
import java.time.Clock;

/**
 * Builds the production signer, {@code share.JwtUrlTokens}, for the benchmark. The class is the
 * package-private bean behind the {@link UrlTokens} port; it is reached reflectively (the benchmark runs
 * on the class path) rather than widened for a measurement.
 */
final class SignerUnderTest {

    static final String SIGNER = "io.stowage.adapter.http.share.JwtUrlTokens";

    private SignerUnderTest() {
    }

    static UrlTokens create(String key, Clock clock) {
        try {
            Constructor<?> constructor = Class.forName(SIGNER).getDeclaredConstructor(String.class, Clock.class);
            constructor.setAccessible(true);
            return (UrlTokens) constructor.newInstance(key, clock);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + SIGNER + " for the benchmark", e);
        }
    }
}
