import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The targets, judged on the medians (ratios, latencies) or the worst round (errors, heap growth). */
final class Targets {
  /** One target: the figure it reads, its wording, whether it is met and the figure that decided it. */
  record Verdict(String id, String text, boolean met, String why) {}

  private Targets() {}

  static List<Verdict> judge(Map<String, Report.Figure> figures) {
    List<Verdict> v = new ArrayList<>();
    v.add(ratio(figures, "up1m_c1_mibs", 0.60, "durable upload 1 MiB ≥ 60 % of nginx PUT"));
    v.add(ratio(figures, "up100m_mibs", 0.60, "durable upload 100 MiB ≥ 60 % of nginx PUT + sync"));
    v.add(ratio(figures, "down1m_c1_mibs", 0.60, "download 1 MiB, 1 conn ≥ 60 % of nginx"));
    v.add(ratio(figures, "down1m_c4_mibs", 0.50, "download 1 MiB, 4 conn ≥ 50 % of nginx"));
    v.add(atMost(figures, "info_p99", 2, false, "object info p99 ≤ 2 ms"));
    v.add(atMost(figures, "list100k_p99", 15, false, "list 1000 of 100k p99 ≤ 15 ms"));
    v.add(atLeast(figures, "sign_jmh_t1", 100_000, "≥ 100k signs/s in-process (JMH, 1 thread)"));
    v.add(atMost(figures, "conc_err", 0, true, "1000 concurrent uploads with zero errors (every round)"));
    v.add(atMost(figures, "mem_up_heap_growth", 64, true, "heap growth ≤ 64 MiB during a 1 GiB upload (worst round)"));
    return v;
  }

  private static Verdict ratio(Map<String, Report.Figure> figures, String id, double min, String text) {
    Report.Figure f = figures.get(id);
    Double r = f == null ? null : f.ratio();
    if (r == null) return new Verdict(id, text, false, "not measured");
    return new Verdict(id, text, r >= min, String.format(Locale.ROOT, "ratio of medians %.2f", r));
  }

  private static Verdict atMost(Map<String, Report.Figure> figures, String id, double max, boolean worst, String text) {
    Stats s = stowage(figures, id);
    if (s == null) return new Verdict(id, text, false, why(figures, id));
    double x = worst ? s.max() : s.median();
    return new Verdict(id, text, x <= max, String.format(Locale.ROOT, "%s %.3f", worst ? "worst round" : "median", x));
  }

  private static Verdict atLeast(Map<String, Report.Figure> figures, String id, double min, String text) {
    Stats s = stowage(figures, id);
    if (s == null) return new Verdict(id, text, false, why(figures, id));
    return new Verdict(id, text, s.median() >= min, String.format(Locale.ROOT, "median %.0f", s.median()));
  }

  private static Stats stowage(Map<String, Report.Figure> figures, String id) {
    return figures.containsKey(id) ? figures.get(id).stats("stowage") : null;
  }

  private static String why(Map<String, Report.Figure> figures, String id) {
    Report.Figure f = figures.get(id);
    return f != null && f.missing.containsKey("stowage") ? f.missing.get("stowage") : "not measured";
  }
}
