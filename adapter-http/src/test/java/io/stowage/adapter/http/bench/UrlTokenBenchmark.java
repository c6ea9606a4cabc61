package io.stowage.adapter.http.bench;

import io.stowage.application.port.out.UrlTokens;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.share.ShareGrant;
import io.stowage.domain.share.SignedDownload;
import io.stowage.domain.value.VersionId;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The in-process rate of the signed-URL token signer (the "≥ 100k signs/s"): issuing a download
 * token, and verifying one, through the {@link UrlTokens} port as the sign and render routes call it.
 * Run by bench/run (`--only sign`) with `java -cp <adapter-http test classpath> org.openjdk.jmh.Main`;
 * its name ends in neither Test nor Tests, so surefire never runs it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class UrlTokenBenchmark {

    private static final String KEY = "a-url-signing-key-for-the-benchmark-32+";

    private UrlTokens tokens;
    private ShareGrant grant;
    private String token;

    @Setup
    public void setUp() {
        tokens = SignerUnderTest.create(KEY, Clock.systemUTC());
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        // a realistic path and a lifetime far beyond the run, so that verification never meets the expiry
        grant = new SignedDownload(new BucketName("avatars"), new ObjectKey("users/1234/profile picture.png"),
                VersionId.random(), now, now.plus(1, ChronoUnit.DAYS));
        token = tokens.sign(grant);
    }

    @Benchmark
    public String sign() {
        return tokens.sign(grant);
    }

    @Benchmark
    public ShareGrant verify() {
        return tokens.verify(token);
    }

    ShareGrant grant() {
        return grant;
    }

    UrlTokens tokens() {
        return tokens;
    }
}
