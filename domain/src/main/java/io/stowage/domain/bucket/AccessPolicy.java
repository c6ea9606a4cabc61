package io.stowage.domain.bucket;

import io.stowage.domain.error.InvalidRequest;

/** Who may read a bucket's objects: anyone, any signed-in user, or only owners. */
public enum AccessPolicy {
    PUBLIC("public"),
    AUTHENTICATED("authenticated"),
    PRIVATE("private");

    private final String wireName;

    AccessPolicy(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static AccessPolicy parse(String text) {
        for (AccessPolicy policy : values()) {
            if (policy.wireName.equals(text)) {
                return policy;
            }
        }
        throw new InvalidRequest("policy must be one of public, authenticated, private");
    }

    /** The Supabase `public` flag: only a public bucket is public. */
    public boolean isPublic() {
        return this == PUBLIC;
    }
}
