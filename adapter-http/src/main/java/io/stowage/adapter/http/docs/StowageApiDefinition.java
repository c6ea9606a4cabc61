package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeIn;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The head of the generated OpenAPI document: title, the bearer-token scheme every storage route
 * accepts, and the tags that group the routes. The annotation processor reads it; nothing runs it.
 */
@OpenAPIDefinition(
        info = @Info(
                title = "Stowage",
                version = "1",
                description = """
                        Self-hosted file storage speaking the Supabase Storage REST contract, so that \
                        `@supabase/storage-js` works against it unchanged.

                        **Authorization.** Send `Authorization: Bearer <JWT>` (HS256, claims `sub` and \
                        `role`: `anon`, `authenticated` or `service_role`). A request without the header \
                        is anonymous; a header that is not a valid bearer token is refused with 401, never \
                        downgraded to anonymous. The `apikey` header the Supabase client adds is accepted \
                        and ignored. Public reads (`/object/public/...`) and signed URLs (`?token=`) carry \
                        their whole authorization in themselves: there the header is not looked at.

                        **Errors.** Every error answers with the JSON body `ErrorBody` \
                        (`{"statusCode":"404","code":"NoSuchKey","error":"not_found","message":"..."}`); \
                        `code` is stable and is what clients should test. A 503 also sends `Retry-After`.

                        **Object paths** contain `/`: `{path}` is the rest of the URL, one segment or many."""),
        tags = {
                @Tag(name = StowageApiDefinition.BUCKETS, description = "Create, read, change, empty and delete buckets."),
                @Tag(name = StowageApiDefinition.OBJECTS,
                        description = "Upload, download, list, inspect, copy, move and delete objects."),
                @Tag(name = StowageApiDefinition.SIGNED_URLS,
                        description = "Time-limited URLs to read or upload one object without a token."),
                @Tag(name = StowageApiDefinition.EVENTS,
                        description = "A Server-Sent Events stream of committed changes to buckets and objects."),
                @Tag(name = StowageApiDefinition.HEALTH, description = "Liveness and readiness."),
                @Tag(name = StowageApiDefinition.ADMIN, description = "Operations for the service role.")})
@SecurityScheme(
        name = StowageApiDefinition.BEARER,
        type = SecuritySchemeType.HTTP,
        scheme = "bearer",
        bearerFormat = "JWT",
        in = SecuritySchemeIn.HEADER,
        description = "A JWT signed with Stowage's HS256 secret; `sub` is the user, `role` anon, authenticated or"
                + " service_role. Optional: without it the caller is anonymous.")
public final class StowageApiDefinition {

    /** The security scheme's name in the document. */
    public static final String BEARER = "bearer";
    public static final String BUCKETS = "buckets";
    public static final String OBJECTS = "objects";
    public static final String SIGNED_URLS = "signed URLs";
    public static final String EVENTS = "events";
    public static final String HEALTH = "health";
    public static final String ADMIN = "admin";

    private StowageApiDefinition() {
    }
}
