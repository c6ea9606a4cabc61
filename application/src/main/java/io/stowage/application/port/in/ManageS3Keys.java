package io.stowage.application.port.in;

import io.stowage.application.port.out.S3AccessKey;
import io.stowage.domain.identity.Principal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Creates, lists and revokes S3 access keys: the service role's business only. */
public interface ManageS3Keys {

    /** @param actingAs the principal requests signed with the new key act as */
    record Command(Principal caller, Principal actingAs, Optional<String> description) {

        public Command {
            Objects.requireNonNull(caller, "caller");
            Objects.requireNonNull(actingAs, "actingAs");
            Objects.requireNonNull(description, "description");
        }
    }

    /** The new key with its secret, which is shown this once. */
    record Created(S3AccessKey key, String secret) {
    }

    Created create(Command command);

    List<S3AccessKey> list(Principal caller);

    /** @throws io.stowage.domain.error.InvalidRequest when there is no such key */
    void revoke(Principal caller, String accessKeyId);
}
