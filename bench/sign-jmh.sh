# Sourced by bench/run: the in-process rate of the signed-URL signer (adapter-http's JwtUrlTokens), a JMH
# benchmark in adapter-http's test sources (io.stowage.adapter.http.bench.UrlTokenBenchmark), run on
# 1 and 2 threads with short settings, one row per measured iteration appended to the raw rounds.
# Usage: sign_jmh ROOT WORKDIR RAW_TSV

sign_jmh() {
  local root="$1" dir="$2" raw="$3" tests="$1/adapter-http/target/test-classes" t entries
  if [ ! -s "$tests/META-INF/BenchmarkList" ]; then
    say "compiling the signing benchmark (mvn -pl adapter-http test-compile)"
    (cd "$root" && mvn -B -q -pl adapter-http test-compile) >"$dir/build.log" 2>&1 \
      || (cd "$root" && mvn -B -q -pl adapter-http -am test-compile) >>"$dir/build.log" 2>&1 \
      || { cat "$dir/build.log" >&2; return 1; }
  fi
  # the test classpath: upstream modules from ~/.m2, else (nothing installed yet) from the reactor
  (cd "$root" && mvn -B -q -pl adapter-http dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$dir/cp.txt") >"$dir/cp.log" 2>&1 \
    || (cd "$root" && mvn -B -q -pl adapter-http -am test-compile dependency:build-classpath -Dmdep.includeScope=test \
      -Dmdep.outputFile="$dir/cp.txt") >>"$dir/cp.log" 2>&1 \
    || { cat "$dir/cp.log" >&2; return 1; }
  # copies of everything on it, so that a rebuild or a re-install (~/.m2) during the run cannot pull a class away
  local classpath="$dir/test-classes:$dir/classes" entry n=0
  cp -r "$tests" "$dir/test-classes" && cp -r "$root/adapter-http/target/classes" "$dir/classes" && mkdir -p "$dir/lib"
  IFS=: read -r -a entries <"$dir/cp.txt"
  for entry in "${entries[@]}"; do
    n=$((n + 1))
    cp -r "$entry" "$dir/lib/$n-$(basename "$entry")" && classpath="$classpath:$dir/lib/$n-$(basename "$entry")"
  done
  for t in 1 2; do
    say "JMH: UrlTokenBenchmark (sign, verify) on $t thread(s): 2 x 1 s warm-up, 3 x 2 s measured, 1 fork"
    timeout 180 java -cp "$classpath" org.openjdk.jmh.Main UrlTokenBenchmark \
      -f 1 -wi 2 -w 1s -i 3 -r 2s -t "$t" -foe true >"$dir/t$t.log" 2>&1 || { tail -30 "$dir/t$t.log" >&2; return 1; }
    awk -v t="$t" '
      /^# Benchmark: / { n = split($3, part, "."); name = part[n] }
      /^Iteration +[0-9]+:/ {
        threads = t == 1 ? "1 thread" : t " threads"
        if (name == "sign") printf "row\tsign_jmh_t%s\tsigns/s in-process (JMH), %s\tsigns/s\tstowage\t%s\n", t, threads, $3
        if (name == "verify") printf "row\tverify_jmh_t%s\tverifies/s in-process (JMH), %s\tverifies/s\tstowage\t%s\n", t, threads, $3
      }' "$dir/t$t.log" >>"$raw"
    grep -q "sign_jmh_t$t" "$raw" || { tail -30 "$dir/t$t.log" >&2; return 1; }
  done
  printf 'note\tsign_jmh_t1\t%s\n' "JMH 1.37 in a forked JVM: JwtUrlTokens.sign of a download grant (and .verify of its token), 3 iterations of 2 s after 2 of 1 s warm-up; min–max are the iterations. Held to the ≥ 100k target: the 1-thread figure." >>"$raw"
}
