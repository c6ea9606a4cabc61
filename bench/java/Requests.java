import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/** Sends a numbered batch of requests over a fixed number of connections (one platform thread each). */
final class Requests {
  private Requests() {}

  static HttpClient client() {
    return HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
  }

  /** Runs requests 0..count-1 on `conns` threads sharing one client; a non-2xx answer counts as an error. */
  static Run run(HttpClient c, int conns, int count, IntFunction<HttpRequest> make) throws Exception {
    return run(c, conns, count, make, i -> {});
  }

  /** Something to do after request i answered, inside its timing (nginx's fsync of the file it wrote). */
  interface After { void done(int i) throws Exception; }

  static Run run(HttpClient c, int conns, int count, IntFunction<HttpRequest> make, After after) throws Exception {
    long[] lat = new long[count];
    var next = new AtomicInteger();
    var errors = new AtomicInteger();
    var first = new java.util.concurrent.atomic.AtomicReference<String>();
    var bytes = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(conns);
    try {
      long t0 = System.nanoTime();
      List<Future<?>> fs = new ArrayList<>();
      for (int w = 0; w < conns; w++) fs.add(pool.submit(() -> {
        for (int i; (i = next.getAndIncrement()) < count; ) {
          long s = System.nanoTime();
          long[] n = {0};
          try {
            var r = c.send(make.apply(i), HttpResponse.BodyHandlers.ofByteArrayConsumer(o -> o.ifPresent(b -> n[0] += b.length)));
            if (r.statusCode() / 100 != 2 && errors.incrementAndGet() == 1) first.set("HTTP " + r.statusCode() + " for " + r.uri());
            after.done(i);
          } catch (Exception e) {
            if (errors.incrementAndGet() == 1) first.set(e.toString());
          }
          lat[i] = System.nanoTime() - s;
          bytes.addAndGet(n[0]);
        }
        return null;
      }));
      for (var f : fs) f.get(10, TimeUnit.MINUTES);
      return new Run(System.nanoTime() - t0, lat, errors.get(), bytes.get(), first.get());
    } finally {
      pool.shutdownNow();
    }
  }
}
