package io.stowage.adapter.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.stowage.domain.error.ImageNotRenderable;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.image.OutputFormat;
import io.stowage.domain.image.ResizeMode;
import io.stowage.domain.value.ContentType;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageIoRendererTest {

    private final ImageIoRenderer renderer = new ImageIoRenderer(50_000_000L);

    private static ImageTransform transform(Integer width, Integer height, ResizeMode mode, OutputFormat format) {
        return new ImageTransform(width == null ? OptionalInt.empty() : OptionalInt.of(width),
                height == null ? OptionalInt.empty() : OptionalInt.of(height), mode, 80, Optional.of(format));
    }

    private BufferedImage render(byte[] source, ImageTransform transform, String expectedType) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ContentType type = renderer.render(new ByteArrayInputStream(source), transform, out);
        assertEquals(expectedType, type.value());
        BufferedImage picture = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertTrue(picture != null, "the rendition decodes");
        return picture;
    }

    @Test
    void webpEncodesAndDecodesOnThisMachine() throws IOException {
        BufferedImage picture = render(TestImages.encoded("jpeg", 800, 600),
                transform(400, null, ResizeMode.COVER, OutputFormat.WEBP), "image/webp");
        assertEquals(400, picture.getWidth());
        assertEquals(300, picture.getHeight());
        // and WebP is accepted as a source too
        ByteArrayOutputStream webp = new ByteArrayOutputStream();
        renderer.render(new ByteArrayInputStream(TestImages.encoded("png", 64, 64)),
                transform(null, null, ResizeMode.COVER, OutputFormat.WEBP), webp);
        BufferedImage again = render(webp.toByteArray(), transform(32, 32, ResizeMode.FILL, OutputFormat.ORIGIN),
                "image/webp");
        assertEquals(32, again.getWidth());
    }

    @ParameterizedTest
    @ValueSource(strings = {"jpeg", "png", "gif", "bmp"})
    void everySourceTypeKeepsItsFormatUnderOrigin(String format) throws IOException {
        BufferedImage picture = render(TestImages.encoded(format, 300, 200),
                transform(150, 150, ResizeMode.COVER, OutputFormat.ORIGIN), "image/" + format);
        assertEquals(150, picture.getWidth());
        assertEquals(150, picture.getHeight());
    }

    @Test
    void containFitsInsideTheBoxAndFillStretchesOntoIt() throws IOException {
        byte[] source = TestImages.encoded("png", 400, 200);
        BufferedImage contained = render(source, transform(100, 100, ResizeMode.CONTAIN, OutputFormat.ORIGIN), "image/png");
        assertEquals(100, contained.getWidth());
        assertEquals(50, contained.getHeight());
        BufferedImage filled = render(source, transform(100, 100, ResizeMode.FILL, OutputFormat.ORIGIN), "image/png");
        assertEquals(100, filled.getWidth());
        assertEquals(100, filled.getHeight());
        BufferedImage byHeight = render(source, transform(null, 50, ResizeMode.COVER, OutputFormat.ORIGIN), "image/png");
        assertEquals(100, byHeight.getWidth());
    }

    @Test
    void aDecompressionBombIsRefusedFromItsHeaderWithoutAllocatingIt() throws IOException {
        byte[] bomb = TestImages.pngBomb(100_000, 100_000);
        long before = usedHeap();
        long start = System.nanoTime();
        ImageNotRenderable refused = assertThrows(ImageNotRenderable.class, () -> renderer.render(
                new ByteArrayInputStream(bomb), transform(100, 100, ResizeMode.COVER, OutputFormat.WEBP),
                new ByteArrayOutputStream()));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(refused.getMessage().contains("100000x100000"), refused.getMessage());
        assertTrue(millis < 2000, "refused in " + millis + " ms");
        // 10^10 RGBA pixels would be 40 GB; the refusal allocates next to nothing
        assertTrue(usedHeap() - before < 64L * 1024 * 1024, "heap grew by " + (usedHeap() - before));
    }

    @Test
    void somethingThatIsNoImageIsRefused() {
        assertThrows(ImageNotRenderable.class, () -> renderer.render(
                new ByteArrayInputStream("just text, not a picture".getBytes()),
                transform(10, 10, ResizeMode.COVER, OutputFormat.ORIGIN), new ByteArrayOutputStream()));
    }

    @Test
    void aTruncatedImageIsRefused() throws IOException {
        byte[] png = TestImages.encoded("png", 200, 200);
        byte[] truncated = java.util.Arrays.copyOf(png, 60);
        assertThrows(ImageNotRenderable.class, () -> renderer.render(new ByteArrayInputStream(truncated),
                transform(10, 10, ResizeMode.COVER, OutputFormat.ORIGIN), new ByteArrayOutputStream()));
    }

    private static long usedHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
