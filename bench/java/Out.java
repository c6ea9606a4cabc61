import java.io.FileWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;

/** The raw result file: one `row` line per figure, server and round, and `note` lines that explain a figure. */
final class Out {
  private static PrintWriter out;

  private Out() {}

  static void open(String file) throws IOException { out = new PrintWriter(new FileWriter(file, true), true); }

  static void row(String id, String label, String unit, Target t, double v) {
    out.printf(Locale.ROOT, "row\t%s\t%s\t%s\t%s\t%.4f%n", id, label, unit, t.name(), v);
  }

  /** A figure that could not be measured on this server, with the reason. */
  static void missing(String id, String label, String unit, Target t, String why) {
    out.printf(Locale.ROOT, "missing\t%s\t%s\t%s\t%s\t%s%n", id, label, unit, t.name(), why);
  }

  static void note(String id, String text) { out.printf("note\t%s\t%s%n", id, text); }

  static void log(String fmt, Object... xs) { System.err.printf(Locale.ROOT, "  " + fmt + "%n", xs); }
}
