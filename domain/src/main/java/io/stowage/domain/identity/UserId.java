package io.stowage.domain.identity;

import io.stowage.domain.error.InvalidCredentials;

/** The identity of a user, taken from a token's subject; it owns buckets and objects. */
public record UserId(String value) {

    private static final int MAX_LENGTH = 255;

    public UserId {
        if (value == null || value.isBlank() || value.length() > MAX_LENGTH
                || value.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidCredentials("the token's subject is not a valid user id");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
