package io.stowage.adapter.webdav;

import io.stowage.application.port.out.DependencyCheck;
import io.stowage.domain.bucket.VolumeName;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Proves the volume takes writes the way uploads do: a small probe is written (PUT to a temporary name,
 * then MOVE), read back and deleted. It lives in {@code .stowage-probe/}, outside every bucket, so a probe
 * left by a crash is never listed as a blob. Reasons are short and name no URL or credential.
 */
final class WebdavVolumeCheck implements DependencyCheck {

    static final String NAME = "webdav";
    private static final byte[] PROBE = "stowage volume probe".getBytes(StandardCharsets.US_ASCII);

    private final WebdavBlobStore store;
    private final DavClient client;
    private final VolumeName volume;

    WebdavVolumeCheck(WebdavBlobStore store, DavClient client, VolumeName volume) {
        this.store = store;
        this.client = client;
        this.volume = volume;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public void check() throws Exception {
        DavLayout layout = store.layout();
        String id = UUID.randomUUID().toString();
        URI probe = layout.probe(id);
        try {
            store.write(layout.probeTemp(id), probe, List.of(layout.probeCollection()),
                    new ByteArrayInputStream(PROBE), PROBE.length, volume);
            DavClient.DavResponse read = client.stream(client.request(probe).GET(), PROBE.length);
            try (InputStream body = read.body()) {
                if (read.status() != 200 || !Arrays.equals(PROBE, body.readAllBytes())) {
                    throw new IllegalStateException("the probe read back wrong (status " + read.status() + ")");
                }
            }
        } finally {
            store.deleteIfPresent(probe, volume);
        }
    }
}
