package io.stowage.application.service;

import io.stowage.application.port.out.UrlTokens;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.ExpiredToken;
import io.stowage.domain.error.InvalidSignature;
import io.stowage.domain.object.ObjectKey;
import io.stowage.domain.share.ShareGrant;
import java.time.Clock;

/**
 * Redeems tokens into grants of one expected scope for one path: a token of the other scope, for
 * another path, or past its expiry is refused before anything else is looked at.
 */
final class SignedGrants {

    private final UrlTokens tokens;
    private final Clock clock;

    SignedGrants(UrlTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    <G extends ShareGrant> G redeem(String token, Class<G> scope, BucketName bucket, ObjectKey key) {
        if (token == null || token.isBlank()) {
            throw new InvalidSignature("The signed URL has no token");
        }
        ShareGrant grant = tokens.verify(token);
        if (!scope.isInstance(grant)) {
            throw new InvalidSignature("The token does not grant this kind of access");
        }
        if (!grant.addresses(bucket, key)) {
            throw new InvalidSignature("The token was signed for another object");
        }
        // the token adapter checks the expiry too; this keeps the rule in the core, on the core's clock
        if (grant.isExpiredAt(clock.instant())) {
            throw new ExpiredToken("The signed URL has expired");
        }
        return scope.cast(grant);
    }
}
