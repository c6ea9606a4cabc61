import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Random;

/** Upload and download throughput: 1 MiB objects on 1 and 4 connections, and one 100 MiB object. */
final class Throughput {
  static final int MIB = 1 << 20;
  static final int SMALL_UP = 48;

  private Throughput() {}

  static byte[] random(int n) {
    byte[] b = new byte[n];
    new Random(42).nextBytes(b);
    return b;
  }

  static void uploads(List<Target> targets, int rounds) throws Exception {
    byte[] one = random(MIB);
    var c = Requests.client();
    for (int conns : new int[] {1, 4}) {
      int count = SMALL_UP * conns / (conns == 1 ? 1 : 2);
      String id = "up1m_c" + conns;
      for (int r = -1; r < rounds; r++) for (Target t : targets) { // round -1 warms up
        Load.sync();
        String prefix = "u" + conns + "/" + r + "/";
        Run run = Requests.run(c, conns, count, i -> t.upload("bench", prefix + i, HttpRequest.BodyPublishers.ofByteArray(one))).orFail(id);
        if (r < 0) continue;
        Out.row(id + "_mibs", "upload 1 MiB, " + conns + " conn (MiB/s)", "MiB/s", t, count / run.seconds());
        Out.row(id + "_rps", "upload 1 MiB, " + conns + " conn (req/s)", "req/s", t, count / run.seconds());
        if (conns > 1) continue;
        if (t.isStowage()) { // Stowage is durable already: the same rounds, beside nginx made durable too
          Out.row(id + "_durable", "upload 1 MiB, 1 conn, both durable (MiB/s)", "MiB/s", t, count / run.seconds());
          continue;
        }
        Load.sync();
        String synced = "s" + prefix;
        Run durable = Requests.run(c, 1, count, i -> t.upload("bench", synced + i, HttpRequest.BodyPublishers.ofByteArray(one)),
            i -> t.fsync("bench", synced + i)).orFail(id + " + fsync");
        Out.row(id + "_durable", "upload 1 MiB, 1 conn, both durable (MiB/s)", "MiB/s", t, count / durable.seconds());
      }
      Out.log("%s done", id);
    }
    Out.note("up1m_c1_mibs", "Stowage fsyncs every upload (file and directory) and commits it to PostgreSQL; nginx DAV PUT does not fsync.");
    Out.note("up1m_c1_durable", "Not a target: the same Stowage rounds beside nginx PUT + fsync of each file, to show what durability costs.");
    byte[] big = random(100 * MIB);
    for (int r = -1; r < Math.max(3, rounds - 2); r++) for (Target t : targets) {
      Load.sync();
      String path = "big/" + r;
      long s = System.nanoTime();
      var resp = c.send(t.upload("bench", path, HttpRequest.BodyPublishers.ofByteArray(big)), HttpResponse.BodyHandlers.discarding());
      t.fsync("bench", path);
      double sec = (System.nanoTime() - s) / 1e9;
      if (resp.statusCode() / 100 != 2) throw new IllegalStateException(t.name() + " 100 MiB upload: HTTP " + resp.statusCode());
      if (r >= 0) Out.row("up100m_mibs", "upload 100 MiB, durable (MiB/s)", "MiB/s", t, 100 / sec);
    }
    Out.note("up100m_mibs", "nginx: PUT then fsync of the written file (as `sync FILE`), timed together.");
    Out.log("up100m done");
  }

  /** Uploads what the downloads read: 48 objects of 1 MiB and one of 100 MiB on each server. */
  static void prepare(HttpClient c, List<Target> targets, String prefix, int bytes, int count) throws Exception {
    byte[] data = random(bytes);
    for (Target t : targets) Requests.run(c, 1, count, i -> t.upload("bench", prefix + i, HttpRequest.BodyPublishers.ofByteArray(data))).orFail("prepare " + prefix);
  }

  static void downloads(List<Target> targets, int rounds) throws Exception {
    var c = Requests.client();
    prepare(c, targets, "d/", MIB, SMALL_UP);
    prepare(c, targets, "dbig/", 100 * MIB, 1);
    for (int conns : new int[] {1, 4}) {
      int count = conns == 1 ? 150 : 300;
      String id = "down1m_c" + conns;
      for (int r = -1; r < rounds; r++) for (Target t : targets) {
        Run run = Requests.run(c, conns, count, i -> t.get("bench", "d/" + (i % SMALL_UP))).orFail(id);
        if (run.bytes() != (long) count * MIB) throw new IllegalStateException(t.name() + " " + id + ": " + run.bytes() + " bytes");
        if (r < 0) continue;
        Out.row(id + "_mibs", "download 1 MiB, " + conns + " conn (MiB/s)", "MiB/s", t, count / run.seconds());
        Out.row(id + "_rps", "download 1 MiB, " + conns + " conn (req/s)", "req/s", t, count / run.seconds());
      }
      Out.log("%s done", id);
    }
    for (int r = -1; r < Math.max(3, rounds - 2); r++) for (Target t : targets) {
      Run run = Requests.run(c, 1, 1, i -> t.get("bench", "dbig/0")).orFail("down100m");
      if (run.bytes() != 100L * MIB) throw new IllegalStateException(t.name() + " 100 MiB download: " + run.bytes() + " bytes");
      if (r >= 0) Out.row("down100m_mibs", "download 100 MiB (MiB/s)", "MiB/s", t, 100 / run.seconds());
    }
    Out.log("down100m done");
  }
}
