import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns the raw rounds written by Load into the Markdown table (min / median / max per server, the
 * Stowage / nginx ratio of medians), the same as JSON, and the `targets met: N/M` line that ends the run.
 * Usage: Report raw.tsv out.json elapsedSeconds
 */
public final class Report {
  /** One row of the table: its rounds per server and, where the figure could not be measured, why. */
  static final class Figure {
    final String id, label, unit;
    final Map<String, List<Double>> rounds = new LinkedHashMap<>();
    final Map<String, String> missing = new LinkedHashMap<>();
    final List<String> notes = new ArrayList<>();

    Figure(String id, String label, String unit) { this.id = id; this.label = label; this.unit = unit; }

    Stats stats(String server) { return Stats.of(rounds.get(server)); }

    Double ratio() {
      Stats s = stats("stowage"), n = stats("nginx");
      return s == null || n == null || n.median() == 0 ? null : s.median() / n.median();
    }
  }

  public static void main(String[] a) throws Exception {
    Map<String, Figure> figures = new LinkedHashMap<>();
    List<String[]> notes = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(a[0]))) {
      String[] f = line.split("\t");
      if (f[0].equals("note")) { notes.add(f); continue; }
      Figure fig = figures.computeIfAbsent(f[1], id -> new Figure(id, f[2], f[3]));
      if (f[0].equals("row")) fig.rounds.computeIfAbsent(f[4], s -> new ArrayList<>()).add(Double.parseDouble(f[5]));
      else fig.missing.put(f[4], f[5]);
    }
    for (String[] n : notes) if (figures.containsKey(n[1])) figures.get(n[1]).notes.add(n[2]);
    List<Targets.Verdict> verdicts = Targets.judge(figures);
    var md = new StringBuilder();
    md.append("| figure | Stowage median (min–max) | nginx median (min–max) | Stowage / nginx | target |\n");
    md.append("|---|---|---|---|---|\n");
    for (Figure f : figures.values()) {
      String target = verdicts.stream().filter(v -> v.id().equals(f.id)).map(v -> v.text() + (v.met() ? " ✅" : " ❌")).findFirst().orElse("");
      md.append("| ").append(f.label).append(" | ").append(cell(f, "stowage")).append(" | ").append(cell(f, "nginx"))
          .append(" | ").append(f.ratio() == null ? "—" : fmt(f.ratio())).append(" | ").append(target).append(" |\n");
    }
    System.out.print(md);
    System.out.println();
    for (Figure f : figures.values()) for (String n : f.notes) System.out.println("- " + f.label + ": " + n);
    long met = verdicts.stream().filter(Targets.Verdict::met).count();
    System.out.println();
    for (var v : verdicts) System.out.println((v.met() ? "met:     " : "NOT met: ") + v.text() + " — " + v.why());
    Files.writeString(Path.of(a[1]), Json.of(figures, verdicts, a[2]));
    System.out.println("results: " + a[1]);
    System.out.printf(Locale.ROOT, "elapsed: %s s%n", a[2]);
    System.out.println("targets met: " + met + "/" + verdicts.size());
  }

  static String cell(Figure f, String server) {
    if (f.missing.containsKey(server)) return f.missing.get(server);
    Stats s = f.stats(server);
    if (s == null) return "—";
    if (f.unit.equals("count")) return s.min() == s.max() ? count(s.median()) : count(s.median()) + " (" + count(s.min()) + "–" + count(s.max()) + ")";
    return s.min() == s.max() ? fmt(s.median()) : fmt(s.median()) + " (" + fmt(s.min()) + "–" + fmt(s.max()) + ")";
  }

  static String count(double v) { return String.valueOf(Math.round(v)); }

  static String fmt(double v) {
    double m = Math.abs(v);
    return String.format(Locale.ROOT, m >= 100 ? "%.0f" : m >= 10 ? "%.1f" : m >= 1 ? "%.2f" : "%.3f", v);
  }
}
