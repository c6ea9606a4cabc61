package io.stowage.application.port.out;

import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.value.ContentType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/** Decodes an image, resizes it and encodes the result: the imaging technology behind renditions. */
public interface ImageRenderer {

    /**
     * Writes the rendition of {@code source} to {@code out}.
     *
     * @param transform options whose format is settled ({@link ImageTransform#resolved})
     * @return the rendition's media type
     * @throws io.stowage.domain.error.ImageNotRenderable for a source that is no supported image, cannot
     *         be decoded, or declares more pixels than the limit (checked before decoding)
     */
    ContentType render(InputStream source, ImageTransform transform, OutputStream out) throws IOException;
}
