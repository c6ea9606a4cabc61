package io.stowage.adapter.http.auth;

import java.util.Map;

/**
 * The micronaut-security settings this adapter needs, given to the application context by whoever starts
 * it (bootstrap, tests). Stowage uses the library's JWT signature, validation and generation only: its
 * own {@link CallerFilter} decides every request and answers in the Supabase shape. So the library's
 * SecurityFilter (its access rules, its 401/403 bodies, its anonymous fallback) is off, as are all its
 * endpoints (/login, /logout, /oauth/access_token, /keys, /token_info), basic auth and the reactive
 * validator; {@code sub} is optional (anon and service_role keys have none) and {@code nbf} is checked.
 */
public final class SecuritySettings {

    private static final Map<String, Object> PROPERTIES = Map.ofEntries(
            Map.entry("micronaut.security.filter.enabled", false),
            Map.entry("micronaut.security.endpoints.login.enabled", false),
            Map.entry("micronaut.security.endpoints.logout.enabled", false),
            Map.entry("micronaut.security.endpoints.oauth.enabled", false),
            Map.entry("micronaut.security.endpoints.keys.enabled", false),
            Map.entry("micronaut.security.endpoints.introspection.enabled", false),
            Map.entry("micronaut.security.basic-auth.enabled", false),
            Map.entry("micronaut.security.redirect.enabled", false),
            Map.entry("micronaut.security.token.jwt.nimbus.reactive-validator", false),
            Map.entry("micronaut.security.token.jwt.claims-validators.subject-not-null", false),
            Map.entry("micronaut.security.token.jwt.claims-validators.not-before", true));

    private SecuritySettings() {
    }

    public static Map<String, Object> properties() {
        return PROPERTIES;
    }
}
