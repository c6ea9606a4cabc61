package io.stowage.adapter.http.json;

import io.micronaut.serde.annotation.Serdeable;

/** The {"message": ...} body of a successful action that returns nothing else. */
@Serdeable
public record Message(String message) {

    public static final Message UPDATED = new Message("Successfully updated");
    public static final Message EMPTIED = new Message("Successfully emptied");
    public static final Message DELETED = new Message("Successfully deleted");
}
