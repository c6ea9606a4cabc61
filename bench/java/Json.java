import java.util.List;
import java.util.Map;

/** The report as JSON (written by hand: the bench needs no library). */
final class Json {
  private Json() {}

  static String of(Map<String, Report.Figure> figures, List<Targets.Verdict> verdicts, String elapsed) {
    var j = new StringBuilder("{\n  \"elapsed_seconds\": ").append(elapsed).append(",\n  \"figures\": [\n");
    int i = 0;
    for (Report.Figure f : figures.values()) {
      j.append(i++ == 0 ? "" : ",\n").append("    {\"id\": ").append(str(f.id)).append(", \"label\": ").append(str(f.label))
          .append(", \"unit\": ").append(str(f.unit));
      for (String server : List.of("stowage", "nginx")) {
        j.append(", ").append(str(server)).append(": ");
        Stats s = f.stats(server);
        if (f.missing.containsKey(server)) j.append("{\"missing\": ").append(str(f.missing.get(server))).append('}');
        else if (s == null) j.append("null");
        else j.append(String.format(java.util.Locale.ROOT, "{\"min\": %.4f, \"median\": %.4f, \"max\": %.4f, \"rounds\": %d}",
            s.min(), s.median(), s.max(), s.rounds()));
      }
      j.append(", \"ratio\": ").append(f.ratio() == null ? "null" : String.format(java.util.Locale.ROOT, "%.4f", f.ratio()));
      j.append(", \"notes\": [");
      for (int k = 0; k < f.notes.size(); k++) j.append(k == 0 ? "" : ", ").append(str(f.notes.get(k)));
      j.append("]}");
    }
    j.append("\n  ],\n  \"targets\": [\n");
    for (int k = 0; k < verdicts.size(); k++) {
      var v = verdicts.get(k);
      j.append(k == 0 ? "" : ",\n").append("    {\"figure\": ").append(str(v.id())).append(", \"target\": ").append(str(v.text()))
          .append(", \"met\": ").append(v.met()).append(", \"why\": ").append(str(v.why())).append('}');
    }
    long met = verdicts.stream().filter(Targets.Verdict::met).count();
    return j.append("\n  ],\n  \"targets_met\": ").append(met).append(",\n  \"targets_total\": ").append(verdicts.size()).append("\n}\n").toString();
  }

  static String str(String s) {
    return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").replace("\t", "\\t") + '"';
  }
}
