package io.stowage.adapter.http.object;

import io.stowage.domain.value.ContentType;
import java.util.Set;

/**
 * Media types a browser would run as a page or script if opened from the API origin: HTML, XHTML, SVG,
 * XML (XSLT and XML stylesheets can script) and JavaScript. Such objects are always served as
 * attachments inside a sandboxing Content-Security-Policy, whatever the client asked for.
 */
final class ActiveContent {

    static final String SANDBOX_POLICY = "default-src 'none'; sandbox";

    private static final Set<String> TYPES = Set.of(
            "text/html", "application/xhtml+xml", "image/svg+xml", "text/xml", "application/xml",
            "text/xsl", "application/xml-dtd", "text/xml-external-parsed-entity",
            "text/javascript", "application/javascript", "application/x-javascript", "text/x-javascript",
            "text/jscript", "application/ecmascript", "text/ecmascript", "application/x-ecmascript",
            "text/x-ecmascript", "text/livescript", "multipart/x-mixed-replace");

    private ActiveContent() {
    }

    static boolean isActive(ContentType type) {
        String essence = type.essence();
        return TYPES.contains(essence) || essence.endsWith("+xml");
    }
}
