package io.stowage.adapter.http.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The benchmark's fixture is the production signer, and what it times is a real sign and verify. */
class UrlTokenBenchmarkTest {

    @Test
    void timesTheProductionSignerOnARealRoundTrip() {
        UrlTokenBenchmark benchmark = new UrlTokenBenchmark();
        benchmark.setUp();

        assertEquals(SignerUnderTest.SIGNER, benchmark.tokens().getClass().getName());
        assertEquals(benchmark.grant(), benchmark.verify());
        assertEquals(benchmark.grant(), benchmark.tokens().verify(benchmark.sign()));
    }
}
