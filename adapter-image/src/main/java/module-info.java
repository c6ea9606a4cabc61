/** Adapter: decodes, resizes and encodes images (ImageIO, Thumbnailator, and WebP through webp-imageio's codec). */
module io.stowage.adapter.image {
    requires io.stowage.application;
    requires java.desktop;
    requires net.coobird.thumbnailator;

    exports io.stowage.adapter.image;
}
