import java.util.Arrays;

/** What a batch of requests gave: wall time, per-request latencies (ns), failures (and the first) and body bytes received. */
record Run(long nanos, long[] lat, int errors, long bytes, String firstError) {
  double seconds() { return nanos / 1e9; }

  /** The p-quantile latency in milliseconds (nearest rank). */
  double pct(double p) {
    long[] s = lat.clone();
    Arrays.sort(s);
    return s.length == 0 ? Double.NaN : s[Math.max(0, Math.min(s.length - 1, (int) Math.ceil(p * s.length) - 1))] / 1e6;
  }

  Run orFail(String what) {
    if (errors > 0) throw new IllegalStateException(what + ": " + errors + " failed requests, the first: " + firstError);
    return this;
  }
}
