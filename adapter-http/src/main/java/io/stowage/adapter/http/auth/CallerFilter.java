package io.stowage.adapter.http.auth;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.stowage.adapter.http.error.ApiError;
import io.stowage.adapter.http.error.ErrorResponses;
import io.stowage.domain.error.InvalidCredentials;
import io.stowage.domain.identity.Principal;
import java.util.List;
import java.util.Locale;

/**
 * Resolves the caller of every API request from its {@code Authorization} header: none is anonymous,
 * a valid bearer token is its principal, and anything else is refused with 401 before the route runs
 * (never downgraded to anonymous). The {@code apikey} header is a gateway key and is ignored. Public
 * reads and signed URLs (GET/HEAD /object/sign/..., PUT /object/upload/sign/...) carry their whole
 * authorization in themselves: there the header is not looked at, as S3 ignores it on presigned URLs.
 * Nor is it on the API's documentation (/openapi.yml, /docs), which is public.
 */
@ServerFilter("/storage/v1/**")
final class CallerFilter {

    private static final String BEARER = "bearer ";
    private static final String PUBLIC_READS = "/storage/v1/object/public/";
    private static final String SIGNED_READS = "/storage/v1/object/sign/";
    private static final String PUBLIC_RENDERS = "/storage/v1/render/image/public/";
    private static final String SIGNED_RENDERS = "/storage/v1/render/image/sign/";
    private static final String SIGNED_UPLOADS = "/storage/v1/object/upload/sign/";
    private static final String API_DOCUMENT = "/storage/v1/openapi.yml";
    private static final String API_DOCS = "/storage/v1/docs";
    /** The S3 protocol authenticates with SigV4 on its own (s3.S3Authenticator). */
    private static final String S3_PROTOCOL = "/storage/v1/s3";

    private final JwtVerifier verifier;

    CallerFilter(JwtVerifier verifier) {
        this.verifier = verifier;
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> resolveCaller(HttpRequest<?> request) {
        if (isPublicRead(request) || isSignedUrl(request) || isApiDocs(request) || isS3(request)) {
            // public and signed URLs serve everyone alike: the header is not even looked at
            CallerAttribute.set(request, Principal.anonymous());
            return null;
        }
        try {
            CallerAttribute.set(request, callerOf(request.getHeaders().getAll(HttpHeaders.AUTHORIZATION)));
            return null;
        } catch (InvalidCredentials refused) {
            return ErrorResponses.of(request, ApiError.of(refused));
        }
    }

    private Principal callerOf(List<String> authorization) {
        if (authorization.isEmpty()) {
            return Principal.anonymous();
        }
        if (authorization.size() > 1) {
            throw new InvalidCredentials("Invalid JWT: more than one Authorization header");
        }
        String value = authorization.get(0).strip();
        if (!value.toLowerCase(Locale.ROOT).startsWith(BEARER)) {
            throw new InvalidCredentials("Invalid JWT: the Authorization header must be 'Bearer <token>'");
        }
        return verifier.verify(value.substring(BEARER.length()).strip());
    }

    private static boolean isPublicRead(HttpRequest<?> request) {
        return isRead(request) && (request.getPath().startsWith(PUBLIC_READS) || request.getPath().startsWith(PUBLIC_RENDERS));
    }

    private static boolean isSignedUrl(HttpRequest<?> request) {
        String path = request.getPath();
        return isRead(request) && (path.startsWith(SIGNED_READS) || path.startsWith(SIGNED_RENDERS))
                || request.getMethod() == HttpMethod.PUT && path.startsWith(SIGNED_UPLOADS);
    }

    /** The API's own documentation serves anyone, also a browser holding a stale token. */
    private static boolean isApiDocs(HttpRequest<?> request) {
        String path = request.getPath();
        return isRead(request) && (path.equals(API_DOCUMENT) || path.equals(API_DOCS) || path.startsWith(API_DOCS + "/"));
    }

    private static boolean isS3(HttpRequest<?> request) {
        String path = request.getPath();
        return path.equals(S3_PROTOCOL) || path.startsWith(S3_PROTOCOL + "/");
    }

    private static boolean isRead(HttpRequest<?> request) {
        HttpMethod method = request.getMethod();
        return method == HttpMethod.GET || method == HttpMethod.HEAD;
    }
}
