package io.stowage.bootstrap;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * STOWAGE_PUBLIC_URL: the address clients reach the server at, from which absolute URLs are built.
 * Checked before anything starts: an absolute http or https URL with a host, without query, fragment or
 * user info; a trailing slash is dropped. Unset means the listen address.
 */
final class PublicUrlSetting {

    static final String PROPERTY = "stowage.public-url";

    private PublicUrlSetting() {
    }

    static Optional<String> parse(Optional<String> configured) {
        return configured.map(String::strip).filter(text -> !text.isEmpty()).map(PublicUrlSetting::checked);
    }

    private static String checked(String text) {
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw refused(text, "not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw refused(text, "it must start with http:// or https://");
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw refused(text, "it has no host");
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null || text.contains("?") || text.contains("#")) {
            throw refused(text, "it must not have a query or a fragment");
        }
        if (uri.getRawUserInfo() != null) {
            throw refused(text, "it must not hold a user name or password");
        }
        String trimmed = text;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static StartupFailure refused(String text, String why) {
        return new StartupFailure("STOWAGE_PUBLIC_URL must be an absolute http or https URL such as"
                + " https://files.example.com, not '" + text + "': " + why);
    }
}
