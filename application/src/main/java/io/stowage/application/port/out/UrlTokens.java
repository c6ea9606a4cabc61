package io.stowage.application.port.out;

import io.stowage.domain.share.ShareGrant;

/**
 * Turns share grants into tamper-proof URL tokens and back, with a key that is never the one that
 * verifies users' bearer tokens.
 */
public interface UrlTokens {

    String sign(ShareGrant grant);

    /**
     * The grant a token carries.
     *
     * @throws io.stowage.domain.error.InvalidSignature for an empty, malformed, tampered or foreign token
     * @throws io.stowage.domain.error.ExpiredToken for an authentic token past its expiry
     */
    ShareGrant verify(String token);
}
