package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.stowage.adapter.http.headers.HttpDate;
import io.stowage.domain.error.PreconditionFailed;
import io.stowage.domain.object.EntityTags;
import io.stowage.domain.object.StoredObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The conditional headers of a GET or HEAD, evaluated in RFC 9110's order (13.2.2): If-Match (412),
 * then If-None-Match or, only without it, If-Modified-Since (304), then If-Range for the Range header.
 */
final class ReadConditions {

    private ReadConditions() {
    }

    /**
     * @return true when the client's copy is current and a 304 answers
     * @throws PreconditionFailed when If-Match names another version
     */
    static boolean notModified(HttpHeaders headers, StoredObject object) {
        Optional<List<String>> ifMatch = EntityTagList.parseLenient(headers.get(HttpHeaders.IF_MATCH));
        if (ifMatch.isPresent() && !EntityTags.anyMatches(ifMatch.get(), object.etag(), false)) {
            throw new PreconditionFailed("If-Match: the object's ETag does not match");
        }
        String ifNoneMatch = headers.get(HttpHeaders.IF_NONE_MATCH);
        if (ifNoneMatch != null) {
            return EntityTagList.parseLenient(ifNoneMatch)
                    .filter(tags -> EntityTags.anyMatches(tags, object.etag(), true))
                    .isPresent();
        }
        return httpDate(headers.get(HttpHeaders.IF_MODIFIED_SINCE))
                .filter(since -> !lastModified(object).isAfter(since))
                .isPresent();
    }

    /** Whether a Range header may be honoured: always without If-Range, else only for the same version. */
    static boolean rangeApplies(HttpHeaders headers, StoredObject object) {
        String ifRange = headers.get(HttpHeaders.IF_RANGE);
        if (ifRange == null) {
            return true;
        }
        String value = ifRange.strip();
        if (value.startsWith("\"") || value.startsWith("W/")) {
            return EntityTags.strongMatch(value, object.etag());
        }
        return httpDate(value).filter(date -> date.equals(lastModified(object))).isPresent();
    }

    /** Last-Modified as the client saw it: HTTP dates have whole seconds. */
    private static Instant lastModified(StoredObject object) {
        return object.updatedAt().truncatedTo(ChronoUnit.SECONDS);
    }

    private static Optional<Instant> httpDate(@Nullable String value) {
        return HttpDate.parse(value);
    }
}
