package io.stowage.adapter.http.share;

import io.stowage.domain.error.InvalidSignature;
import io.stowage.domain.image.ImageTransform;
import io.stowage.domain.image.OutputFormat;
import io.stowage.domain.image.ResizeMode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/** A render grant's options as one JSON object claim: width, height (when given), resize, quality, format (when given). */
final class TransformClaim {

    private TransformClaim() {
    }

    static Map<String, Object> of(ImageTransform transform) {
        Map<String, Object> claim = new LinkedHashMap<>();
        transform.width().ifPresent(width -> claim.put("width", width));
        transform.height().ifPresent(height -> claim.put("height", height));
        claim.put("resize", transform.resize().wireName());
        claim.put("quality", transform.quality());
        transform.format().ifPresent(format -> claim.put("format", format.wireName()));
        return claim;
    }

    static ImageTransform parse(Map<String, Object> claim) {
        if (claim == null) {
            throw new InvalidSignature("The signed URL's token is invalid");
        }
        return new ImageTransform(side(claim.get("width")), side(claim.get("height")),
                ResizeMode.parse(String.valueOf(claim.get("resize"))), number(claim.get("quality")),
                Optional.ofNullable(claim.get("format")).map(String::valueOf).map(OutputFormat::parse));
    }

    private static OptionalInt side(Object value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(number(value));
    }

    private static int number(Object value) {
        if (value instanceof Number number) {
            return number.intValue();
        }
        throw new InvalidSignature("The signed URL's token is invalid");
    }
}
