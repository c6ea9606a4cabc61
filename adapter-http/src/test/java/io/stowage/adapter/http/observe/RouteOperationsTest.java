package io.stowage.adapter.http.observe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import io.stowage.adapter.http.support.ApiServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every route of the Stowage API has a stable operation name of its own. */
class RouteOperationsTest {

    /** The packages of the storage API's own controllers, whose routes the table must name. */
    private static final Set<String> CONTRACT_PACKAGES = Set.of("io.stowage.adapter.http.bucket",
            "io.stowage.adapter.http.object", "io.stowage.adapter.http.health", "io.stowage.adapter.http.observe");

    static ApiServer api;

    @BeforeAll
    static void start() {
        api = ApiServer.start();
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @Test
    void everyContractRouteIsNamedByTheTableAndNoTwoRoutesShareAName() {
        List<UriRouteInfo<?, ?>> routes = api.bean(Router.class).uriRoutes().toList();
        assertTrue(routes.size() > 30, "routes: " + routes.size());
        Map<String, String> routeByName = new HashMap<>();
        for (UriRouteInfo<?, ?> route : routes) {
            String method = route.getHttpMethodName();
            String template = RouteOperations.template(route);
            String controllerPackage = route.getTargetMethod().getDeclaringType().getPackageName();
            if (CONTRACT_PACKAGES.contains(controllerPackage)) {
                assertNotNull(RouteOperations.named(method, template), "no operation name for " + method + " " + template);
            }
            String name = RouteOperations.of(route).name();
            String previous = routeByName.put(name, method + " " + template);
            assertTrue(previous == null || previous.equals(method + " " + template),
                    name + " names both " + previous + " and " + method + " " + template);
        }
    }

    @Test
    void transfersAreTheObjectUploadsAndGetDownloads() {
        String object = "/storage/v1/object/{bucket}/{+path}";
        assertEquals(Operation.Transfer.UPLOAD, RouteOperations.named("POST", object).transfer());
        assertEquals(Operation.Transfer.UPLOAD, RouteOperations.named("PUT", object).transfer());
        assertEquals(Operation.Transfer.UPLOAD,
                RouteOperations.named("PUT", "/storage/v1/object/upload/sign/{bucket}/{+path}").transfer());
        assertEquals(Operation.Transfer.DOWNLOAD, RouteOperations.named("GET", object).transfer());
        assertEquals(Operation.Transfer.DOWNLOAD,
                RouteOperations.named("GET", "/storage/v1/object/sign/{bucket}/{+path}").transfer());
        assertEquals(Operation.Transfer.NONE, RouteOperations.named("HEAD", object).transfer());
        assertEquals(Operation.Transfer.NONE, RouteOperations.named("DELETE", object).transfer());
    }
}
