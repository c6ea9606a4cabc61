package io.stowage.bootstrap.packaged;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/stowage token}: mints a user's development JWT with the server's secret without starting
 * anything, prints only the token, and refuses a bad option with one line and exit code 2.
 */
class TokenCommandIT {

    private static final String SECRET = "token-command-secret-that-is-long-enough-0123456789";

    @Test
    void mintsATokenThatVerifiesWithTheConfiguredSecretAndCarriesSubRoleAndExp() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-token-");
        Instant before = Instant.now();
        Result result = token(dataDir, Map.of("STOWAGE_JWT_SECRET", SECRET), "--user", "alice", "--expires", "2h");
        assertEquals(0, result.exit(), result.toString());
        assertEquals("", result.err(), "nothing on stderr");
        assertEquals(1, result.out().lines().count(), "only the token on stdout: " + result.out());

        SignedJWT jwt = SignedJWT.parse(result.out().strip());
        assertTrue(jwt.verify(new MACVerifier(SECRET.getBytes(StandardCharsets.UTF_8))), "signed with the configured secret");
        JWTClaimsSet claims = jwt.getJWTClaimsSet();
        assertEquals("alice", claims.getSubject());
        assertEquals("authenticated", claims.getStringClaim("role"));
        Instant exp = claims.getExpirationTime().toInstant();
        assertTrue(!exp.isBefore(before.plus(Duration.ofHours(2)).minusSeconds(2))
                && !exp.isAfter(Instant.now().plus(Duration.ofHours(2)).plusSeconds(2)), "exp two hours ahead: " + exp);
        assertTrue(Files.notExists(dataDir.resolve("postgres")), "no database was started");
    }

    @Test
    void withoutAConfiguredSecretItSignsWithTheOneGeneratedInTheDataDirectory() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-token-generated-");
        Result result = token(dataDir, Map.of(), "--user=bob", "--role", "service_role");
        assertEquals(0, result.exit(), result.toString());
        String secret = Files.readString(dataDir.resolve("secrets/jwt-secret"), StandardCharsets.UTF_8).strip();
        SignedJWT jwt = SignedJWT.parse(result.out().strip());
        assertTrue(jwt.verify(new MACVerifier(secret.getBytes(StandardCharsets.UTF_8))));
        assertEquals("service_role", jwt.getJWTClaimsSet().getStringClaim("role"));
        assertEquals("bob", jwt.getJWTClaimsSet().getSubject());
        Instant exp = jwt.getJWTClaimsSet().getExpirationTime().toInstant();
        assertTrue(exp.isAfter(Instant.now().plus(Duration.ofMinutes(58))) && exp.isBefore(Instant.now().plus(Duration.ofMinutes(61))),
                "one hour by default: " + exp);
    }

    @Test
    void aBadOptionIsOneLineAndExitCodeTwo() throws Exception {
        Path dataDir = Files.createTempDirectory("stowage-token-bad-");
        for (Map.Entry<List<String>, String> bad : List.of(
                Map.entry(List.of("--user", "alice", "--expires", "3x"), "--expires"),
                Map.entry(List.of("--user", "alice", "--role", "admin"), "--role"),
                Map.entry(List.of("--role", "authenticated"), "--user"),
                Map.entry(List.of("--user"), "--user"),
                Map.entry(List.of("--user", "alice", "--colour", "blue"), "--colour"))) {
            Result result = token(dataDir, Map.of("STOWAGE_JWT_SECRET", SECRET), bad.getKey().toArray(String[]::new));
            assertEquals(2, result.exit(), result.toString());
            assertEquals("", result.out(), "no token: " + result);
            List<String> lines = result.err().lines().toList();
            assertEquals(1, lines.size(), result.toString());
            assertTrue(lines.get(0).startsWith("stowage token: ") && lines.get(0).contains(bad.getValue()), lines.get(0));
        }
        Result shortSecret = token(dataDir, Map.of("STOWAGE_JWT_SECRET", "short"), "--user", "alice");
        assertEquals(2, shortSecret.exit(), shortSecret.toString());
        assertTrue(shortSecret.err().strip().contains("STOWAGE_JWT_SECRET"), shortSecret.toString());
    }

    record Result(int exit, String out, String err) {
    }

    static Result token(Path dataDir, Map<String, String> env, String... options) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of(PackagedServer.SCRIPT.toString(), "token"));
        command.addAll(List.of(options));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().keySet().removeIf(k -> k.startsWith("STOWAGE_"));
        builder.environment().put("STOWAGE_DATA_DIR", dataDir.toString());
        builder.environment().putAll(env);
        Process process = builder.start();
        process.getOutputStream().close();
        // the token is short: read both streams after the exit is safe from pipe buffers filling up
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("stowage token still running after 2 minutes");
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8),
                new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
