package io.stowage.adapter.http.index;

import io.micronaut.serde.annotation.Serdeable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** What {@code /} and {@code /storage/v1} answer to a program: the service, its version and where to go next. */
@Serdeable
record IndexJson(String service, String version, Map<String, String> links) {

    IndexJson {
        links = Collections.unmodifiableMap(new LinkedHashMap<>(links)); // in the order given
    }
}
