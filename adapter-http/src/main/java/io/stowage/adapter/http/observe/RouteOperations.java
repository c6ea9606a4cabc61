package io.stowage.adapter.http.observe;

import io.micronaut.http.annotation.Head;
import io.micronaut.inject.MethodExecutionHandle;
import io.micronaut.web.router.UriRouteInfo;
import io.stowage.adapter.http.observe.Operation.Transfer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Names the operation of a request from the route it matched, keyed by method and URI template so that
 * the name never depends on the bucket or path in the URL. Routes of the Supabase contract have names
 * chosen here; any other route is named after its controller and method (AdminController.sweep is
 * {@code admin.sweep}), so a new route is never logged without a name.
 */
final class RouteOperations {

    private static final String OBJECT = "/storage/v1/object";
    private static final String ANY_OBJECT = "/{bucket}/{+path}";
    private static final String HEAD = "HEAD";
    private static final String HEAD_SUFFIX = "_head";
    private static final Map<String, Operation> NAMED = new HashMap<>();

    static {
        name("GET", "/", "index.root");
        name("GET", "/storage/v1", "index.api");
        name("GET", "/storage/v1/bucket", "bucket.list");
        name("GET", "/storage/v1/bucket/{id}", "bucket.get");
        name("POST", "/storage/v1/bucket", "bucket.create");
        name("PUT", "/storage/v1/bucket/{id}", "bucket.update");
        name("POST", "/storage/v1/bucket/{id}/empty", "bucket.empty");
        name("DELETE", "/storage/v1/bucket/{id}", "bucket.delete");

        transfer("POST", OBJECT + ANY_OBJECT, "object.upload", Transfer.UPLOAD);
        transfer("PUT", OBJECT + ANY_OBJECT, "object.update", Transfer.UPLOAD);
        transfer("PUT", OBJECT + "/upload/sign" + ANY_OBJECT, "object.upload_signed", Transfer.UPLOAD);
        name("POST", OBJECT + "/upload/sign" + ANY_OBJECT, "object.sign_upload");
        name("DELETE", OBJECT + ANY_OBJECT, "object.delete");
        name("DELETE", OBJECT + "/{bucket}", "object.delete_many");
        name("POST", OBJECT + "/list/{bucket}", "object.list");
        name("POST", OBJECT + "/copy", "object.copy");
        name("POST", OBJECT + "/move", "object.move");
        name("POST", OBJECT + "/sign" + ANY_OBJECT, "object.sign");
        name("POST", OBJECT + "/sign/{bucket}", "object.sign_many");

        reads("", "");
        reads("/authenticated", "_authenticated");
        reads("/public", "_public");
        reads("/sign", "_signed");
        name("GET", "/storage/v1/render/image/authenticated" + ANY_OBJECT, "render.image");
        name("GET", "/storage/v1/render/image/public" + ANY_OBJECT, "render.image_public");
        name("GET", "/storage/v1/render/image/sign" + ANY_OBJECT, "render.image_signed");
        name("GET", OBJECT + "/info" + ANY_OBJECT, "object.info");
        name("GET", OBJECT + "/info/authenticated" + ANY_OBJECT, "object.info_authenticated");
        name("GET", OBJECT + "/info/public" + ANY_OBJECT, "object.info_public");

        name("GET", "/storage/v1/events", "events.subscribe");
        name("GET", "/health", "health");
        name("POST", "/storage/v1/admin/sweep", "admin.sweep");
        name("GET", MetricsController.PATH, "metrics");

        // the S3 protocol: one route per method, on the service root and below it
        for (String method : new String[] {"GET", "HEAD", "PUT", "POST", "DELETE", "PATCH", "OPTIONS"}) {
            String lower = method.toLowerCase(java.util.Locale.ROOT);
            name(method, "/storage/v1/s3", "s3." + lower + "_service");
            name(method, "/storage/v1/s3/{+path}", "s3." + lower);
        }
        name("OPTIONS", "/storage/v1/upload/resumable", "resumable.options");
        name("POST", "/storage/v1/upload/resumable", "resumable.create");
        name("HEAD", "/storage/v1/upload/resumable/{id}", "resumable.offset");
        name("PATCH", "/storage/v1/upload/resumable/{id}", "resumable.append");
        name("DELETE", "/storage/v1/upload/resumable/{id}", "resumable.terminate");
        name("GET", "/storage/v1/admin/volumes", "admin.volumes_list");
        name("GET", "/storage/v1/admin/volumes/{name}", "admin.volumes_get");
        name("POST", "/storage/v1/admin/volumes", "admin.volumes_create");
        name("PUT", "/storage/v1/admin/volumes/{name}", "admin.volumes_update");
        name("DELETE", "/storage/v1/admin/volumes/{name}", "admin.volumes_delete");
        name("POST", "/storage/v1/admin/s3-keys", "admin.s3_keys_create");
        name("GET", "/storage/v1/admin/s3-keys", "admin.s3_keys_list");
        name("DELETE", "/storage/v1/admin/s3-keys/{accessKeyId}", "admin.s3_keys_revoke");
    }

    private RouteOperations() {
    }

    /** The operation of a route: a name from the table, else one derived from its controller. */
    static Operation of(UriRouteInfo<?, ?> route) {
        Operation named = named(route.getHttpMethodName(), template(route));
        return named != null ? named : Operation.of(derivedName(route));
    }

    /** The table's name; a HEAD route Micronaut added beside a GET is named after that GET. */
    static Operation named(String method, String template) {
        Operation named = NAMED.get(key(method, template));
        if (named == null && HEAD.equals(method)) {
            Operation get = NAMED.get(key("GET", template));
            return get == null ? null : Operation.of(get.name() + HEAD_SUFFIX);
        }
        return named;
    }

    static String template(UriRouteInfo<?, ?> route) {
        return route.getUriMatchTemplate().toPathString();
    }

    private static String derivedName(UriRouteInfo<?, ?> route) {
        MethodExecutionHandle<?, ?> target = route.getTargetMethod();
        String type = target.getDeclaringType().getSimpleName().replaceFirst("Controller$", "");
        String owner = type.isEmpty() ? "route" : type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1);
        // a @Get method also answers HEAD through a route of its own, which needs a name of its own
        boolean addedHead = HEAD.equals(route.getHttpMethodName()) && !target.hasAnnotation(Head.class);
        return owner + "." + target.getMethodName() + (addedHead ? HEAD_SUFFIX : "");
    }

    private static void reads(String prefix, String suffix) {
        transfer("GET", OBJECT + prefix + ANY_OBJECT, "object.download" + suffix, Transfer.DOWNLOAD);
        name("HEAD", OBJECT + prefix + ANY_OBJECT, "object.head" + suffix);
    }

    private static void name(String method, String template, String name) {
        transfer(method, template, name, Transfer.NONE);
    }

    private static void transfer(String method, String template, String name, Transfer transfer) {
        NAMED.put(key(method, template), new Operation(name, transfer));
    }

    private static String key(String method, String template) {
        return method + " " + template;
    }
}
