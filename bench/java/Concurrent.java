import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** 1000 uploads of 64 KiB started at once, each on its own new connection: successes, errors, latency. */
final class Concurrent {
  static final int N = 1000;

  private Concurrent() {}

  static void run(List<Target> targets, int rounds) throws Exception {
    byte[] body = Throughput.random(64 * 1024);
    for (int r = -1; r < rounds; r++) for (Target t : targets) {
      Load.sync();
      var c = Requests.client(); // a fresh client: no pooled connection, 1000 new ones
      long[] lat = new long[N];
      var ok = new AtomicInteger();
      var failures = new ConcurrentHashMap<String, Integer>();
      List<CompletableFuture<?>> fs = new ArrayList<>();
      for (int i = 0; i < N; i++) {
        int k = i;
        long s = System.nanoTime();
        var req = t.upload("bench", "c/" + r + "/" + i, HttpRequest.BodyPublishers.ofByteArray(body));
        fs.add(c.sendAsync(req, HttpResponse.BodyHandlers.discarding()).handle((resp, e) -> {
          lat[k] = System.nanoTime() - s;
          String why = e != null ? e.getClass().getSimpleName() : resp.statusCode() / 100 == 2 ? null : "HTTP " + resp.statusCode();
          if (why == null) ok.incrementAndGet(); else failures.merge(why, 1, Integer::sum);
          return null;
        }));
      }
      CompletableFuture.allOf(fs.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
      if (r < 0) continue;
      var run = new Run(0, lat, N - ok.get(), 0, null);
      Out.row("conc_ok", "1000 concurrent 64 KiB uploads: successes", "count", t, ok.get());
      Out.row("conc_err", "1000 concurrent 64 KiB uploads: errors", "count", t, N - ok.get());
      Out.row("conc_p50", "1000 concurrent 64 KiB uploads: p50 (ms)", "ms", t, run.pct(0.50));
      Out.row("conc_p99", "1000 concurrent 64 KiB uploads: p99 (ms)", "ms", t, run.pct(0.99));
      if (!failures.isEmpty()) Out.note("conc_err", t.name() + " round " + r + ": " + failures);
    }
    Out.log("concurrent done");
  }
}
