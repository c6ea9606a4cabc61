package io.stowage.adapter.sftp;

import java.net.SocketAddress;
import java.security.PublicKey;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.sshd.client.keyverifier.ServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.digest.BuiltinDigests;

/**
 * Accepts the server only when its host key has the configured SHA-256 fingerprint, in the form
 * {@code ssh-keygen -lf} prints ({@code SHA256:} and unpadded base64). Remembers the last key it refused,
 * so that a failed connection can say why.
 */
final class HostKeyPin implements ServerKeyVerifier {

    private final String expected;
    private final AtomicReference<String> refused = new AtomicReference<>();

    HostKeyPin(String expected) {
        this.expected = stripPadding(expected);
    }

    @Override
    public boolean verifyServerKey(ClientSession session, SocketAddress remote, PublicKey key) {
        String offered = fingerprint(key);
        if (offered.equals(expected)) {
            return true;
        }
        refused.set(offered);
        return false;
    }

    /** The fingerprint of the last key refused, if any: public, so safe to report. */
    String lastRefused() {
        return refused.get();
    }

    static String fingerprint(PublicKey key) {
        return stripPadding(KeyUtils.getFingerPrint(BuiltinDigests.sha256, key));
    }

    private static String stripPadding(String fingerprint) {
        return fingerprint.endsWith("=") ? fingerprint.substring(0, fingerprint.length() - 1) : fingerprint;
    }
}
