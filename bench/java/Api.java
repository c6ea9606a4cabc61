import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Stowage's JSON calls that the benchmark needs besides raw uploads and downloads. */
final class Api {
  private final Target t;
  private final HttpClient c = Requests.client();

  Api(Target t) { this.t = t; }

  void createBucket(String id) throws Exception {
    var r = c.send(post("bucket", "{\"id\":\"" + id + "\"}"), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) throw new IllegalStateException("create bucket " + id + ": " + r.statusCode() + " " + r.body());
  }

  /** The status a single request gets, to learn whether an endpoint exists yet. */
  int probe(HttpRequest req) throws Exception {
    return c.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  HttpRequest post(String tail, String json) {
    return t.req(t.api(tail)).header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)).build();
  }

  HttpRequest info(String bucket, String path) { return t.req(t.api("object/info/" + bucket + "/" + path)).GET().build(); }

  HttpRequest list(String bucket, int limit, int offset) {
    return post("object/list/" + bucket, "{\"prefix\":\"\",\"limit\":" + limit + ",\"offset\":" + offset
        + ",\"sortBy\":{\"column\":\"name\",\"order\":\"asc\"}}");
  }

  HttpRequest sign(String bucket, String path) { return post("object/sign/" + bucket + "/" + path, "{\"expiresIn\":3600}"); }

  HttpRequest signMany(String bucket, Iterable<String> paths) {
    var json = new StringBuilder("{\"expiresIn\":3600,\"paths\":[");
    for (String p : paths) json.append(json.charAt(json.length() - 1) == '[' ? "" : ",").append('"').append(p).append('"');
    return post("object/sign/" + bucket, json.append("]}").toString());
  }

  /** How many entries a list answer holds (each entry is one JSON object starting with its name). */
  int entries(HttpRequest listRequest) throws Exception {
    String body = c.send(listRequest, HttpResponse.BodyHandlers.ofString()).body();
    return body.split("\\{\"name\":", -1).length - 1;
  }
}
