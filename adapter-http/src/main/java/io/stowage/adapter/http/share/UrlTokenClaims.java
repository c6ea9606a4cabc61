package io.stowage.adapter.http.share;

import com.nimbusds.jose.JOSEObjectType;

/**
 * The names that mark a token as a signed URL's: its own type and audience, so that it can never pass
 * for a user's bearer token, nor a bearer token for it, even if both keys were ever the same.
 */
public final class UrlTokenClaims {

    /** The audience of every signed URL's token; the bearer token verifier refuses it. */
    public static final String AUDIENCE = "stowage:signed-url";
    static final JOSEObjectType TYPE = new JOSEObjectType("stowage-url+jwt");
    static final String SCOPE = "scope";
    static final String DOWNLOAD = "download";
    static final String UPLOAD = "upload";
    static final String RENDER = "render";
    static final String TRANSFORM = "transform";
    static final String BUCKET = "bucket";
    static final String KEY = "key";
    static final String VERSION = "version";
    static final String ROLE = "role";
    static final String UPSERT = "upsert";

    private UrlTokenClaims() {
    }
}
