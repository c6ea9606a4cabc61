package io.stowage.adapter.http.observe;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a Prometheus text (0.0.4) scrape into its samples, refusing any line that is not one. */
final class PrometheusText {

    private static final Pattern SAMPLE =
            Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*(?:\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*\\})?)"
                    + " (-?[0-9.eE+-]+|NaN|[+-]Inf)( [0-9]+)?");

    private PrometheusText() {
    }

    /** Every sample, keyed by its series as printed ({@code name{label="value",...}}). */
    static Map<String, Double> samples(String scrape) {
        Map<String, Double> samples = new HashMap<>();
        for (String line : scrape.split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches()) {
                throw new AssertionError("not a Prometheus sample line: " + line);
            }
            samples.put(sample.group(1), Double.parseDouble(sample.group(2).replace("Inf", "Infinity")));
        }
        return samples;
    }

    static double value(Map<String, Double> samples, String series) {
        return samples.getOrDefault(series, 0.0);
    }
}
