import java.util.List;

/** Minimum, median and maximum of one figure's rounds. */
record Stats(double min, double median, double max, int rounds) {
  static Stats of(List<Double> xs) {
    if (xs == null || xs.isEmpty()) return null;
    double[] s = xs.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    int n = s.length;
    double median = n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    return new Stats(s[0], median, s[n - 1], n);
  }
}
