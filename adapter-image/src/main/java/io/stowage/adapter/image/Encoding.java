package io.stowage.adapter.image;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Encodes a picture in one of the supported formats, at the requested quality where the format has one. */
final class Encoding {

    private Encoding() {
    }

    static void write(BufferedImage picture, ImageCodec codec, int quality, OutputStream out) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(codec.formatName());
        if (!writers.hasNext()) {
            throw new IllegalStateException("no ImageIO writer for " + codec.formatName());
        }
        ImageWriter writer = writers.next();
        try (ImageOutputStream output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed() && (codec == ImageCodec.JPEG || codec == ImageCodec.WEBP)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                if (param.getCompressionTypes() != null && param.getCompressionTypes().length > 0) {
                    // JPEG has one type; WebP lists "Lossy" first, which is what a quality applies to
                    param.setCompressionType(param.getCompressionTypes()[0]);
                }
                param.setCompressionQuality(quality / 100f);
            }
            writer.write(null, new IIOImage(picture, null, null), param);
            output.flush();
        } finally {
            writer.dispose();
        }
    }
}
