package io.stowage.adapter.webdav;

import io.stowage.adapter.webdav.testing.NginxDav;
import io.stowage.application.port.out.BlobStoreDriver.OpenedVolume;
import io.stowage.application.port.out.VolumeSettings;
import io.stowage.domain.bucket.VolumeName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Opens webdav volumes the way Stowage does, through the driver, on a test server. */
final class TestVolumes {

    static final VolumeName VOLUME = new VolumeName("dav");

    private TestVolumes() {
    }

    static VolumeSettings settings(String url, Map<String, String> extra) {
        Map<String, String> values = new HashMap<>();
        values.put("url", url);
        values.put("auth", "basic");
        values.put("user", NginxDav.USER);
        values.put("password", NginxDav.PASSWORD);
        values.put("root", "stowage/blobs");
        values.putAll(extra);
        return new VolumeSettings(VOLUME, "stowage.volumes.dav.", values);
    }

    static OpenedVolume open(String url, Map<String, String> extra) {
        return new WebdavVolumeDriver().open(VOLUME, settings(url, extra));
    }

    /** Files the store left in its temp collection on the server. */
    static List<String> temps(NginxDav nginx) {
        return nginx.files().stream().filter(name -> name.contains(DavLayout.TEMP_COLLECTION)).toList();
    }
}
