import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The load generator of bench/run: drives Stowage and nginx with the same JDK HttpClient, scenario by
 * scenario and round by round in turn, appending raw figures to a TSV file that Report reads.
 * Usage: Load out=raw.tsv stowage=URL key=JWT spid=PID nginx=URL ndir=DIR npid=PID [rounds=5]
 *        [seed=100000] [seedconns=32] [mem=1] [only=up,down,meta,conc,mem]
 */
public final class Load {
  private Load() {}

  public static void main(String[] a) throws Exception {
    Map<String, String> arg = new HashMap<>();
    for (String s : a) arg.put(s.substring(0, s.indexOf('=')), s.substring(s.indexOf('=') + 1));
    Out.open(arg.get("out"));
    int rounds = Integer.parseInt(arg.getOrDefault("rounds", "5"));
    var stowage = new Target("stowage", arg.get("stowage"), arg.get("key"), null, Long.parseLong(arg.get("spid")));
    var nginx = new Target("nginx", arg.get("nginx"), null, Path.of(arg.get("ndir")), Long.parseLong(arg.get("npid")));
    List<Target> both = List.of(stowage, nginx);
    new Api(stowage).createBucket("bench");
    Files.createDirectories(nginx.dir().resolve("bench"));
    String only = arg.getOrDefault("only", "up,down,meta,conc,mem");
    if (only.contains("up")) Throughput.uploads(both, rounds);
    if (only.contains("down")) Throughput.downloads(both, rounds);
    if (only.contains("meta")) Metadata.run(stowage, nginx, rounds, Integer.parseInt(arg.getOrDefault("seed", "100000")),
        Integer.parseInt(arg.getOrDefault("seedconns", "32")));
    if (only.contains("conc")) Concurrent.run(both, Math.max(3, rounds - 2));
    if (only.contains("mem")) Memory.run(both, Integer.parseInt(arg.getOrDefault("mem", "1")));
  }

  /** Flushes every dirty page so that one server's unsynced writes are not paid by the next one's fsync. */
  static void sync() throws Exception {
    new ProcessBuilder("sync").inheritIO().start().waitFor(60, TimeUnit.SECONDS);
  }
}
