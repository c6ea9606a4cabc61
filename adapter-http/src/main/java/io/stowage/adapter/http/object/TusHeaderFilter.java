package io.stowage.adapter.http.object;

import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/** Every answer of the resumable upload endpoint, errors included, names the tus version it speaks. */
@ServerFilter({TusController.ROOT, TusController.ROOT + "/**"})
final class TusHeaderFilter {

    @ResponseFilter
    void tusResumable(MutableHttpResponse<?> response) {
        response.header(TusController.TUS_RESUMABLE, TusController.VERSION);
    }
}
