package io.stowage.application.service;

import io.stowage.application.port.in.ManageS3Keys;
import io.stowage.application.port.in.ResolveS3Key;
import io.stowage.application.port.out.S3AccessKey;
import io.stowage.application.port.out.S3Credentials;
import io.stowage.domain.error.AccessDenied;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.value.StorableText;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * S3 access keys: random ids and secrets created by the service role, and the lookup that signature
 * checks use. The session key (project id + anon key) is resolved here too, never stored.
 */
public final class S3KeyService implements ManageS3Keys, ResolveS3Key {

    private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final String SECRET_ALPHABET =
            "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final int ID_LENGTH = 20;
    private static final int SECRET_LENGTH = 40;
    private static final int MAX_DESCRIPTION = 200;

    private final S3Credentials credentials;
    private final Clock clock;
    private final String sessionKeyId;
    private final Optional<String> anonKey;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param sessionKeyId the project id that, with {@code anonKey} as secret, signs session requests
     * @param anonKey the anon key; without one there is no session mode
     */
    public S3KeyService(S3Credentials credentials, Clock clock, String sessionKeyId, Optional<String> anonKey) {
        this.credentials = credentials;
        this.clock = clock;
        this.sessionKeyId = sessionKeyId;
        this.anonKey = anonKey;
    }

    @Override
    public Created create(Command command) {
        requireServiceRole(command.caller());
        command.description().ifPresent(text -> {
            StorableText.require("description", text);
            if (text.length() > MAX_DESCRIPTION) {
                throw new InvalidRequest("description must be at most " + MAX_DESCRIPTION + " characters");
            }
        });
        S3AccessKey key = new S3AccessKey("STW" + randomText(ID_ALPHABET, ID_LENGTH - 3), command.actingAs(),
                command.description(), clock.instant());
        String secret = randomText(SECRET_ALPHABET, SECRET_LENGTH);
        credentials.save(key, secret);
        return new Created(key, secret);
    }

    @Override
    public List<S3AccessKey> list(Principal caller) {
        requireServiceRole(caller);
        return credentials.list();
    }

    @Override
    public void revoke(Principal caller, String accessKeyId) {
        requireServiceRole(caller);
        if (!credentials.delete(accessKeyId)) {
            throw new InvalidRequest("there is no S3 access key " + accessKeyId);
        }
    }

    @Override
    public Optional<Resolved> resolve(String accessKeyId) {
        if (accessKeyId.equals(sessionKeyId)) {
            return anonKey.map(secret -> new Resolved(Optional.empty(), secret, true));
        }
        return credentials.find(accessKeyId)
                .map(found -> new Resolved(Optional.of(found.key().principal()), found.secret(), false));
    }

    private static void requireServiceRole(Principal caller) {
        if (!caller.isServiceRole()) {
            throw new AccessDenied("only the service role manages S3 access keys");
        }
    }

    private String randomText(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
