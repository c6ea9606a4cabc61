package io.stowage.domain.bucket;

import io.stowage.domain.value.ContentType;
import io.stowage.domain.value.MimeTypePattern;
import java.util.List;

/** A bucket's list of permitted media types; an empty list permits every type. */
public record AllowedMimeTypes(List<MimeTypePattern> patterns) {

    public static final AllowedMimeTypes ANY = new AllowedMimeTypes(List.of());

    public AllowedMimeTypes {
        patterns = List.copyOf(patterns);
    }

    public static AllowedMimeTypes of(List<String> values) {
        return values == null ? ANY : new AllowedMimeTypes(values.stream().map(MimeTypePattern::new).toList());
    }

    public boolean permits(ContentType contentType) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matches(contentType));
    }

    public boolean isUnrestricted() {
        return patterns.isEmpty();
    }

    public List<String> values() {
        return patterns.stream().map(MimeTypePattern::value).toList();
    }
}
