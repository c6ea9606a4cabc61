import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Server memory while it receives and then sends one 1 GiB object: heap (jstat) and RSS (/proc) peaks. */
final class Memory {
  static final long GIB = 1L << 30;

  private Memory() {}

  static void run(List<Target> targets, int rounds) throws Exception {
    var c = Requests.client();
    for (int r = 0; r < rounds; r++) for (Target t : targets) {
      String path = "mem/" + r;
      measure(t, "up", "upload", () -> {
        var body = HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(() -> new Pattern(GIB)), GIB);
        var resp = c.send(t.upload("bench", path, body), HttpResponse.BodyHandlers.discarding());
        if (resp.statusCode() / 100 != 2) throw new IllegalStateException(t.name() + " 1 GiB upload: HTTP " + resp.statusCode());
      });
      measure(t, "down", "download", () -> {
        Run run = Requests.run(c, 1, 1, i -> t.get("bench", path)).orFail("1 GiB download");
        if (run.bytes() != GIB) throw new IllegalStateException(t.name() + " 1 GiB download: " + run.bytes() + " bytes");
      });
      Out.row("mem_hwm", "RSS high-water mark since start, VmHWM (MiB)", "MiB", t, Sampler.hwmMiB(t.pid(), !t.isStowage()));
    }
    Out.note("mem_up_heap_growth", "Heap growth = peak used heap (jstat, sampled every 100 ms) minus the used heap right after a full GC before the transfer; "
        + "it includes garbage not yet collected. 'Old+survivor growth' leaves out eden, so it shows what the transfer retains.");
    Out.log("memory done");
  }

  interface Transfer { void go() throws Exception; }

  static void measure(Target t, String id, String what, Transfer transfer) throws Exception {
    if (t.isStowage()) {
      new ProcessBuilder("jcmd", String.valueOf(t.pid()), "GC.run").redirectErrorStream(true)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(30, TimeUnit.SECONDS);
    }
    try (var s = new Sampler(t.pid(), t.isStowage())) {
      s.awaitHeapSamples();
      Thread.sleep(200);
      double baseUsed = s.used, baseKept = s.kept;
      s.resetPeaks();
      long t0 = System.nanoTime();
      transfer.go();
      double sec = (System.nanoTime() - t0) / 1e9;
      Thread.sleep(150);
      Out.row("mem_" + id + "_mibs", "1 GiB " + what + " (MiB/s)", "MiB/s", t, 1024 / sec);
      Out.row("mem_" + id + "_rss", "RSS peak during 1 GiB " + what + " (MiB)", "MiB", t, s.peakRss / 1024);
      if (!t.isStowage()) return;
      Out.row("mem_" + id + "_heap_peak", "heap used peak during 1 GiB " + what + " (MiB)", "MiB", t, s.peakUsed / 1024);
      Out.row("mem_" + id + "_heap_growth", "heap growth during 1 GiB " + what + " (MiB)", "MiB", t, (s.peakUsed - baseUsed) / 1024);
      Out.row("mem_" + id + "_heap_kept", "old+survivor growth during 1 GiB " + what + " (MiB)", "MiB", t, (s.peakKept - baseKept) / 1024);
    }
  }

  /** An endless-looking body of a fixed length: a repeated 1 MiB random block, generated not stored. */
  static final class Pattern extends InputStream {
    private final byte[] block = Throughput.random(1 << 20);
    private long left;

    Pattern(long length) { left = length; }

    @Override public int read() { return left-- > 0 ? block[(int) (left % block.length)] & 0xff : -1; }

    @Override public int read(byte[] b, int off, int len) {
      if (left <= 0) return -1;
      int pos = (int) ((GIB - left) % block.length);
      int n = (int) Math.min(Math.min(len, left), block.length - pos);
      System.arraycopy(block, pos, b, off, n);
      left -= n;
      return n;
    }
  }
}
