package io.stowage.adapter.http.object;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.stowage.adapter.http.json.JsonFields;
import io.stowage.adapter.http.json.Timestamps;
import io.stowage.application.port.in.SignObjectUrl;
import io.stowage.application.port.in.SignedUrl;
import io.stowage.domain.bucket.BucketName;
import io.stowage.domain.error.InvalidRequest;
import io.stowage.domain.identity.Principal;
import io.stowage.domain.object.ObjectKey;
import java.util.List;

/** Signing download URLs: POST /object/sign/{bucket}/{path} for one object, POST /object/sign/{bucket} for many. */
@Controller(ObjectPath.ROOT + "/sign")
@ExecuteOn(TaskExecutors.BLOCKING)
@Consumes(MediaType.ALL)
final class SignController {

    private static final String SIGN = "sign";

    private final SignObjectUrl signObjectUrl;

    SignController(SignObjectUrl signObjectUrl) {
        this.signObjectUrl = signObjectUrl;
    }

    @Post("/{bucket}/{+path}")
    SignedUrlJson sign(Principal caller, HttpRequest<?> request, @Body @Nullable JsonNode body) {
        ObjectPath path = ObjectPath.of(request, SIGN);
        long expiresIn = ShareLinks.requiredExpiresIn(request, JsonFields.of(body));
        SignedUrl signed = signObjectUrl.sign(caller, path.bucket(), path.key(), expiresIn);
        return new SignedUrlJson(
                ShareLinks.relative(ShareLinks.SIGNED_READ, path.bucket(), path.key(), signed.token()),
                ShareLinks.absolute(request, ShareLinks.SIGNED_READ, path.bucket(), path.key(), signed.token()),
                Timestamps.iso(signed.expiresAt()));
    }

    @Post("/{bucket}")
    List<SignedPathJson> signMany(Principal caller, HttpRequest<?> request, @Body @Nullable JsonNode body) {
        BucketName bucket = ObjectPath.bucketOf(request, SIGN);
        JsonFields fields = JsonFields.of(body);
        List<String> paths = fields.strings("paths").orElseThrow(() -> new InvalidRequest("'paths' is required"));
        long expiresIn = ShareLinks.requiredExpiresIn(request, fields);
        return signObjectUrl.signMany(caller, bucket, paths, expiresIn).stream()
                .map(outcome -> outcome.signed()
                        .map(signed -> signedPath(request, bucket, outcome.path(), signed))
                        .orElseGet(() -> new SignedPathJson(outcome.path(), null, null, null,
                                outcome.error().orElse(null))))
                .toList();
    }

    private static SignedPathJson signedPath(HttpRequest<?> request, BucketName bucket, String path, SignedUrl signed) {
        ObjectKey key = new ObjectKey(path);
        return new SignedPathJson(path,
                ShareLinks.relative(ShareLinks.SIGNED_READ, bucket, key, signed.token()),
                ShareLinks.absolute(request, ShareLinks.SIGNED_READ, bucket, key, signed.token()),
                Timestamps.iso(signed.expiresAt()), null);
    }
}
