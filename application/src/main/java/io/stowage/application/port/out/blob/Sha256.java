package io.stowage.application.port.out.blob;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** A fresh SHA-256 digest, without the checked exception no Java platform can throw. */
public final class Sha256 {

    private Sha256() {
    }

    public static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            // every Java platform is required to provide SHA-256
            throw new IllegalStateException(impossible);
        }
    }
}
