import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Samples a server process every 100 ms: RSS of the process and its children (/proc/PID/status) and,
 * for a JVM, the used heap from a running `jstat -gc PID 100`. All figures in KiB.
 */
final class Sampler implements AutoCloseable {
  private final long pid;
  private final boolean withChildren;
  private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
  private final Process jstat;
  volatile double used, kept, peakUsed, peakKept, peakRss;
  private volatile int heapSamples;

  Sampler(long pid, boolean jvm) throws Exception {
    this.pid = pid;
    this.withChildren = !jvm; // nginx: master and workers; Stowage: the JVM alone, not its embedded PostgreSQL
    timer.scheduleAtFixedRate(() -> peakRss = Math.max(peakRss, rssKiB(pid, withChildren)), 0, 100, TimeUnit.MILLISECONDS);
    jstat = jvm ? new ProcessBuilder("jstat", "-gc", String.valueOf(pid), "100").redirectErrorStream(true).start() : null;
    if (jstat != null) {
      var reader = new Thread(this::readJstat, "jstat-reader");
      reader.setDaemon(true);
      reader.start();
    }
  }

  /** Waits (at most 10 s: jstat is a JVM of its own and starts slowly) until the heap was sampled twice. */
  void awaitHeapSamples() throws InterruptedException {
    for (int i = 0; jstat != null && heapSamples < 2 && i < 100; i++) Thread.sleep(100);
    if (jstat != null && heapSamples < 2) throw new IllegalStateException("jstat gave no heap sample in 10 s");
  }

  void resetPeaks() {
    peakUsed = used;
    peakKept = kept;
    peakRss = rssKiB(pid, withChildren);
  }

  private void readJstat() {
    try (var in = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
      List<String> head = null;
      for (String line; (line = in.readLine()) != null; ) {
        List<String> cols = Arrays.asList(line.trim().split("\\s+"));
        if (cols.contains("EU")) { head = cols; continue; }
        if (head == null || cols.size() != head.size()) continue;
        double eden = num(head, cols, "EU");
        double rest = num(head, cols, "S0U") + num(head, cols, "S1U") + num(head, cols, "OU");
        used = eden + rest;
        kept = rest;
        peakUsed = Math.max(peakUsed, used);
        peakKept = Math.max(peakKept, kept);
        heapSamples++;
      }
    } catch (Exception ignored) {
      // the process ended or jstat was closed: sampling stops
    }
  }

  private static double num(List<String> head, List<String> cols, String name) {
    return Double.parseDouble(cols.get(head.indexOf(name)));
  }

  static double rssKiB(long pid, boolean withChildren) { return sum(pid, withChildren, "VmRSS:"); }

  static double hwmMiB(long pid, boolean withChildren) { return sum(pid, withChildren, "VmHWM:") / 1024; }

  private static double sum(long pid, boolean withChildren, String key) {
    double sum = status(pid, key);
    if (!withChildren) return sum;
    for (var child : ProcessHandle.of(pid).map(p -> p.children().toList()).orElse(List.of())) sum += status(child.pid(), key);
    return sum;
  }

  private static double status(long pid, String key) {
    try {
      for (String l : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
        if (l.startsWith(key)) return Double.parseDouble(l.substring(key.length()).trim().split("\\s+")[0]);
      }
    } catch (Exception ignored) {
      // the process is gone: it uses no memory
    }
    return 0;
  }

  @Override public void close() {
    timer.shutdownNow();
    if (jstat != null) jstat.destroy();
  }
}
