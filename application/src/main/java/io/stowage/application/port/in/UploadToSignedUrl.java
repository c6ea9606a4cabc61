package io.stowage.application.port.in;

import io.stowage.domain.object.StoredObject;

/**
 * Redeems a signed upload URL: the token must be authentic, unexpired and an upload grant for the
 * command's bucket and key; the upload then runs exactly like {@link UploadObject}, as the user who
 * signed the URL and with the upsert choice made when signing.
 */
public interface UploadToSignedUrl {

    /** @param command the upload; its {@code caller} and {@code upsert} are replaced by the grant's */
    StoredObject uploadSigned(String token, UploadObject.Command command);
}
