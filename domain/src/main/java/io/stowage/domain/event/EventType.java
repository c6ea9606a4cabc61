package io.stowage.domain.event;

import io.stowage.domain.error.InvalidRequest;

/** The kinds of change Stowage announces, each with the name subscribers see. */
public enum EventType {
    OBJECT_CREATED("storage.object.created"),
    OBJECT_UPDATED("storage.object.updated"),
    OBJECT_DELETED("storage.object.deleted"),
    BUCKET_CREATED("storage.bucket.created"),
    BUCKET_DELETED("storage.bucket.deleted");

    private final String wireName;

    EventType(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    /** Whether the event is about a bucket as a whole rather than one of its objects. */
    public boolean isBucketEvent() {
        return this == BUCKET_CREATED || this == BUCKET_DELETED;
    }

    public static EventType parse(String text) {
        for (EventType type : values()) {
            if (type.wireName.equals(text)) {
                return type;
            }
        }
        throw new InvalidRequest("type must be one of storage.object.created, storage.object.updated,"
                + " storage.object.deleted, storage.bucket.created, storage.bucket.deleted");
    }
}
