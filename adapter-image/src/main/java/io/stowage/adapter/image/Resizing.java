package io.stowage.adapter.image;

import io.stowage.domain.image.ImageTransform;
import java.awt.image.BufferedImage;
import java.io.IOException;
import net.coobird.thumbnailator.Thumbnails;
import net.coobird.thumbnailator.geometry.Positions;

/**
 * Scales a decoded picture to the requested box: cover crops the centre to exactly the box, contain fits
 * inside it, fill stretches onto it; one side given keeps the aspect ratio; none given keeps the size.
 * No side of the result exceeds {@link ImageTransform#MAX_SIDE}.
 */
final class Resizing {

    private Resizing() {
    }

    static BufferedImage apply(BufferedImage source, ImageTransform transform, boolean keepAlpha) throws IOException {
        int type = keepAlpha && source.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(source).imageType(type);
        int max = ImageTransform.MAX_SIDE;
        boolean hasWidth = transform.width().isPresent();
        boolean hasHeight = transform.height().isPresent();
        if (hasWidth && hasHeight) {
            int width = transform.width().getAsInt();
            int height = transform.height().getAsInt();
            switch (transform.resize()) {
                case COVER -> builder.size(width, height).crop(Positions.CENTER);
                case CONTAIN -> builder.size(width, height).keepAspectRatio(true);
                case FILL -> builder.forceSize(width, height);
                default -> throw new IllegalStateException("unknown resize mode " + transform.resize());
            }
        } else if (hasWidth) {
            builder.size(transform.width().getAsInt(), max).keepAspectRatio(true);
        } else if (hasHeight) {
            builder.size(max, transform.height().getAsInt()).keepAspectRatio(true);
        } else if (source.getWidth() > max || source.getHeight() > max) {
            builder.size(max, max).keepAspectRatio(true);
        } else {
            builder.scale(1.0);
        }
        return builder.asBufferedImage();
    }
}
