package io.stowage.adapter.http.observe;

import io.micronaut.http.HttpRequest;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.UriRouteMatch;
import java.util.Map;

/**
 * What a request addressed, read from the route it matched: its operation, and the bucket and object
 * path named in the URL (never the query string, which may hold a signed URL's token).
 */
record RouteTarget(Operation operation, String bucket, String path) {

    private static final String BUCKET_ROUTES = "/storage/v1/bucket/";
    private static final RouteTarget UNMATCHED = new RouteTarget(Operation.UNMATCHED, null, null);

    static RouteTarget of(HttpRequest<?> request) {
        return RouteAttributes.getRouteMatch(request)
                .filter(UriRouteMatch.class::isInstance)
                .map(match -> of((UriRouteMatch<?, ?>) match))
                .orElse(UNMATCHED);
    }

    private static RouteTarget of(UriRouteMatch<?, ?> route) {
        Map<String, Object> variables = route.getVariableValues();
        Object bucket = variables.get("bucket");
        if (bucket == null && RouteOperations.template(route.getRouteInfo()).startsWith(BUCKET_ROUTES)) {
            // the bucket routes name their bucket {id}, as the Supabase contract does
            bucket = variables.get("id");
        }
        Object path = variables.get("path");
        return new RouteTarget(RouteOperations.of(route.getRouteInfo()), text(bucket), text(path));
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
