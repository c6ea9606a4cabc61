package io.stowage.adapter.http.docs;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Who may call a route, for the OpenAPI document: the bearer token's caller (anonymous without one),
 * anyone on public reads, or the holder of a signed URL whose {@code token} is its whole authorization.
 */
public final class AccessModes {

    private AccessModes() {
    }

    /** The caller of the bearer token, anonymous without one; a bad token is refused with 401. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @SecurityRequirement(name = StowageApiDefinition.BEARER)
    @ApiErrors.Unauthorized
    @ApiErrors.Forbidden
    @ApiErrors.ServerFailure
    public @interface Bearer {
    }

    /** Served to anyone; the Authorization header is not looked at. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @ApiErrors.ServerFailure
    public @interface Anonymous {
    }

    /** Authorized by the {@code ?token=} of a signed URL alone. */
    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target(ElementType.METHOD)
    @Parameter(name = "token", in = ParameterIn.QUERY, required = true, schema = @Schema(type = "string"),
            description = "The token of the signed URL, valid for this path, this kind of access and until it expires.")
    @ApiErrors.TokenRefused
    @ApiErrors.ServerFailure
    public @interface SignedUrl {
    }
}
