package io.stowage.adapter.sftp;

import io.stowage.application.port.out.VolumeSettings;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.util.security.SecurityUtils;

/**
 * How Stowage proves who it is to the server: a password, or private keys read once from the
 * {@code private-key} setting's text (PEM or OpenSSH, optionally encrypted with {@code passphrase}).
 * Nothing here ever prints a secret.
 */
final class ClientIdentity {

    private final String password;
    private final List<KeyPair> keys;

    private ClientIdentity(String password, List<KeyPair> keys) {
        this.password = password;
        this.keys = List.copyOf(keys);
    }

    static ClientIdentity from(SftpSettings settings, VolumeSettings volume) {
        List<KeyPair> keys = new ArrayList<>();
        if (settings.privateKey().isPresent()) {
            keys.addAll(readKeys(settings, volume));
        }
        return new ClientIdentity(settings.password().orElse(null), keys);
    }

    void offerTo(ClientSession session) {
        keys.forEach(session::addPublicKeyIdentity);
        if (password != null) {
            session.addPasswordIdentity(password);
        }
    }

    private static List<KeyPair> readKeys(SftpSettings settings, VolumeSettings volume) {
        byte[] text = settings.privateKey().orElseThrow().replace("\\n", "\n").getBytes(StandardCharsets.UTF_8);
        FilePasswordProvider passphrase = settings.passphrase().map(FilePasswordProvider::of)
                .orElse(FilePasswordProvider.EMPTY);
        List<KeyPair> keys = new ArrayList<>();
        try {
            Iterable<KeyPair> read = SecurityUtils.loadKeyPairIdentities(null,
                    NamedResource.ofName(volume.prefix() + SftpSettings.PRIVATE_KEY), new ByteArrayInputStream(text),
                    passphrase);
            if (read != null) {
                read.forEach(keys::add);
            }
        } catch (IOException | GeneralSecurityException | RuntimeException e) {
            // the cause is left out on purpose: a parser's message may quote the key
            throw volume.invalid(SftpSettings.PRIVATE_KEY, "cannot be read as a PEM or OpenSSH private key"
                    + (settings.passphrase().isPresent() ? " with the given passphrase" : "")
                    + " (" + e.getClass().getSimpleName() + ")");
        }
        if (keys.isEmpty()) {
            throw volume.invalid(SftpSettings.PRIVATE_KEY, "holds no private key");
        }
        return keys;
    }

    @Override
    public String toString() {
        return "ClientIdentity[password=" + (password == null ? "none" : "***") + ", keys=" + keys.size() + "]";
    }
}
