import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * One server under test: how to address an object on it, how to upload, and how to make an upload durable.
 * Stowage has a bearer key and the Supabase routes; nginx has none and serves its root directory.
 */
record Target(String name, String base, String key, Path dir, long pid) {
  boolean isStowage() { return key != null; }

  URI object(String bucket, String path) {
    return URI.create(base + (isStowage() ? "/storage/v1/object/" : "/") + bucket + "/" + path);
  }

  URI api(String tail) { return URI.create(base + "/storage/v1/" + tail); }

  HttpRequest.Builder req(URI uri) {
    var b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120));
    return isStowage() ? b.header("Authorization", "Bearer " + key) : b;
  }

  HttpRequest get(String bucket, String path) { return req(object(bucket, path)).GET().build(); }

  /** Stowage: POST (a new path); nginx: DAV PUT. */
  HttpRequest upload(String bucket, String path, HttpRequest.BodyPublisher body) {
    var b = req(object(bucket, path)).header("Content-Type", "application/octet-stream");
    return isStowage() ? b.POST(body).build() : b.PUT(body).build();
  }

  /** nginx writes without fsync; its durable variant fsyncs the written file, as `sync FILE` does. */
  void fsync(String bucket, String path) throws IOException {
    if (isStowage()) return; // Stowage fsyncs before it answers
    try (var ch = FileChannel.open(dir.resolve(bucket).resolve(path), StandardOpenOption.READ)) {
      ch.force(true);
    }
  }
}
