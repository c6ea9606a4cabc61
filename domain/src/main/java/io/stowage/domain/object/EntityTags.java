package io.stowage.domain.object;

import java.util.List;

/**
 * Entity-tag comparison as HTTP defines it (RFC 9110, 8.8.3.2): strong comparison needs two equal
 * strong tags; weak comparison ignores the {@code W/} prefix. Tags are given quoted, as on the wire.
 */
public final class EntityTags {

    /** The tag that matches any current representation. */
    public static final String ANY = "*";

    private static final String WEAK_PREFIX = "W/";

    private EntityTags() {
    }

    public static boolean strongMatch(String tag, String etag) {
        return !tag.startsWith(WEAK_PREFIX) && !etag.startsWith(WEAK_PREFIX) && tag.equals(etag);
    }

    public static boolean weakMatch(String tag, String etag) {
        return opaque(tag).equals(opaque(etag));
    }

    /** Whether a header's tag list ("*" included) names {@code etag}, by strong or weak comparison. */
    public static boolean anyMatches(List<String> tags, String etag, boolean weak) {
        return tags.stream().anyMatch(tag -> tag.equals(ANY) || (weak ? weakMatch(tag, etag) : strongMatch(tag, etag)));
    }

    private static String opaque(String tag) {
        return tag.startsWith(WEAK_PREFIX) ? tag.substring(WEAK_PREFIX.length()) : tag;
    }
}
