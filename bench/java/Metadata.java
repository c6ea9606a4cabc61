import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Metadata latency: object info (or HEAD), listing 1000 of 10k and 100k objects, and signing. */
final class Metadata {
  static final String SAMPLE = "m/";

  private Metadata() {}

  static void run(Target stowage, Target nginx, int rounds, int seed, int seedConns) throws Exception {
    var api = new Api(stowage);
    Throughput.prepare(Requests.client(), List.of(stowage, nginx), SAMPLE, 1024, 48);
    info(api, stowage, nginx, Math.min(rounds, 3));
    sign(api, stowage, Math.min(rounds, 3));
    seedAndList(api, stowage, "b10k", Math.min(10_000, seed), "list10k", Math.min(rounds, 3), seedConns);
    seedAndList(api, stowage, "b100k", seed, "list100k", Math.min(rounds, 3), seedConns);
  }

  static void info(Api api, Target stowage, Target nginx, int rounds) throws Exception {
    var c = Requests.client();
    requireOk("GET /object/info", api.probe(api.info("bench", SAMPLE + 0)));
    Out.note("info_p99", "Stowage: GET /object/info; nginx: HEAD of the static file. 2000 requests per round, 1 connection.");
    for (int r = -1; r < rounds; r++) {
      Run s = Requests.run(c, 1, 2000, i -> api.info("bench", SAMPLE + i % 48)).orFail("info");
      Run n = Requests.run(c, 1, 2000, i -> nginx.req(nginx.object("bench", SAMPLE + i % 48))
          .method("HEAD", HttpRequest.BodyPublishers.noBody()).build()).orFail("nginx HEAD");
      if (r < 0) continue;
      for (var e : List.of(new Object[] {stowage, s}, new Object[] {nginx, n})) {
        Out.row("info_p50", "object info p50 (ms)", "ms", (Target) e[0], ((Run) e[1]).pct(0.50));
        Out.row("info_p99", "object info p99 (ms)", "ms", (Target) e[0], ((Run) e[1]).pct(0.99));
      }
    }
    Out.log("info done");
  }

  static void sign(Api api, Target stowage, int rounds) throws Exception {
    requireOk("POST /object/sign", api.probe(api.sign("bench", SAMPLE + 0)));
    var c = Requests.client();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 1000; i++) paths.add(SAMPLE + i % 48);
    requireOk("POST /object/sign/{bucket} with 1000 paths", api.probe(api.signMany("bench", paths)));
    for (int r = -1; r < rounds; r++) {
      Run one = Requests.run(c, 1, 2000, i -> api.sign("bench", SAMPLE + i % 48)).orFail("sign");
      Run four = Requests.run(c, 4, 4000, i -> api.sign("bench", SAMPLE + i % 48)).orFail("sign 4 conn");
      Run batch = Requests.run(c, 1, 20, i -> api.signMany("bench", paths)).orFail("sign batch");
      if (r < 0) continue;
      Out.row("sign_p50", "sign p50 (ms)", "ms", stowage, one.pct(0.50));
      Out.row("sign_p99", "sign p99 (ms)", "ms", stowage, one.pct(0.99));
      Out.row("sign_rps", "signs/s over HTTP, 4 conn", "signs/s", stowage, 4000 / four.seconds());
      Out.row("sign_batch", "signs/s, batch of 1000 paths per request", "signs/s", stowage, 20_000 / batch.seconds());
    }
    Out.note("sign_batch", "Information: the batch rate includes HTTP and JSON; the in-process target is held by the JMH figure (bench/run step sign).");
    Out.log("sign done");
  }

  /** The routes measured here must answer; a server that refuses them fails the run rather than a row. */
  static void requireOk(String route, int status) {
    if (status != 200) {
      throw new IllegalStateException(route + " answered " + status + "; the benchmark needs it");
    }
  }

  /** Seeds `count` empty objects through the API on `conns` connections, then times listing pages of 1000. */
  static void seedAndList(Api api, Target stowage, String bucket, int count, String id, int rounds, int conns) throws Exception {
    api.createBucket(bucket);
    var c = Requests.client();
    byte[] empty = new byte[0];
    Run seed = Requests.run(c, conns, count, i -> stowage.upload(bucket, String.format("o%07d", i), HttpRequest.BodyPublishers.ofByteArray(empty)))
        .orFail("seed " + bucket);
    String n = count >= 1000 ? count / 1000 + "k" : String.valueOf(count);
    Out.row("seed_" + n, "seed " + n + " empty objects through the API, " + conns + " conn (objects/s)", "objects/s", stowage, count / seed.seconds());
    Out.note("seed_" + n, String.format("seeding %d objects took %.1f s", count, seed.seconds()));
    int got = api.entries(api.list(bucket, 1000, 0));
    if (got != Math.min(1000, count)) throw new IllegalStateException("list of " + bucket + " gave " + got + " entries");
    var random = new Random(7);
    int pages = Math.max(1, count / 1000);
    for (int r = -1; r < rounds; r++) {
      Run first = Requests.run(c, 1, 200, i -> api.list(bucket, 1000, 0)).orFail("list " + bucket);
      int[] offsets = random.ints(100, 0, pages).map(p -> p * 1000).toArray();
      Run deep = Requests.run(c, 1, 100, i -> api.list(bucket, 1000, offsets[i])).orFail("list deep " + bucket);
      if (r < 0) continue;
      Out.row(id + "_p50", "list 1000 of " + n + ", first page p50 (ms)", "ms", stowage, first.pct(0.50));
      Out.row(id + "_p99", "list 1000 of " + n + ", first page p99 (ms)", "ms", stowage, first.pct(0.99));
      Out.row(id + "_deep_p99", "list 1000 of " + n + ", random page p99 (ms)", "ms", stowage, deep.pct(0.99));
    }
    Out.log("%s done: seeded %d in %.1f s", id, count, seed.seconds());
  }
}
