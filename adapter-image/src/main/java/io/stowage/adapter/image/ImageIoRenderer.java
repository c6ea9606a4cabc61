package io.stowage.adapter.image;

import io.stowage.application.port.out.ImageRenderer;
import io.stowage.domain.error.ImageNotRenderable;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.image.OutputFormat;
import io.stowage.domain.value.ContentType;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Renders with ImageIO's readers and writers (WebP's registered by webp-imageio) and Thumbnailator's
 * scaling. The declared dimensions are read from the header first: a picture with more pixels than the
 * limit is refused before a single pixel buffer is allocated, however small its file.
 */
public final class ImageIoRenderer implements ImageRenderer {

    private final long maxPixels;

    public ImageIoRenderer(long maxPixels) {
        if (maxPixels < 1) {
            throw new IllegalArgumentException("the pixel limit must be positive");
        }
        this.maxPixels = maxPixels;
        // decode from memory (the source size is capped): no temporary files behind the cache's back
        ImageIO.setUseCache(false);
        ImageIO.scanForPlugins();
    }

    @Override
    public ContentType render(InputStream source, ImageTransform transform, OutputStream out) throws IOException {
        OutputFormat format = transform.format()
                .orElseThrow(() -> new IllegalArgumentException("the output format must be settled before rendering"));
        try (ImageInputStream input = ImageIO.createImageInputStream(source)) {
            if (input == null) {
                throw new IOException("no image input stream for the source");
            }
            Decoded decoded = decode(input);
            ImageCodec target = format == OutputFormat.WEBP ? ImageCodec.WEBP : decoded.codec();
            BufferedImage picture = Resizing.apply(decoded.picture(), transform, target.keepsAlpha());
            Encoding.write(picture, target, transform.quality(), out);
            return target.contentType();
        }
    }

    private record Decoded(ImageCodec codec, BufferedImage picture) {
    }

    private Decoded decode(ImageInputStream input) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            Optional<ImageCodec> codec = ImageCodec.ofReaderFormat(reader.getFormatName());
            if (codec.isEmpty()) {
                continue;
            }
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > maxPixels) {
                    throw new ImageNotRenderable("The image has " + width + "x" + height + " pixels, more than the "
                            + maxPixels + " that can be transformed");
                }
                return new Decoded(codec.get(), reader.read(0));
            } catch (IIOException | IllegalArgumentException | IndexOutOfBoundsException | IllegalStateException e) {
                throw new ImageNotRenderable("The image could not be decoded");
            } finally {
                reader.dispose();
            }
        }
        throw new ImageNotRenderable("The object is not an image of a supported type (JPEG, PNG, GIF, WebP, BMP)");
    }
}
