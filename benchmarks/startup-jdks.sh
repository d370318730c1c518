#!/usr/bin/env bash
# The launcher's start-up on each JDK: `./storysite build` of the example site plus N synthetic stories
# (N = 0: the bare example site), in turns, with
#   jdk17      JDK 17 and the class-data archive the launcher records (-XX:SharedArchiveFile)
#   jdk25-aot  JDK 25 and the ahead-of-time cache the launcher records (-XX:AOTCache, JEP 483/514/515)
#   jdk25      JDK 25 without it (-XX:AOTMode=off)
# and prints wall time, CPU time (user + system) and peak memory, medians of RUNS runs, and the load average.
# Each JDK's archive or cache is recorded by a warm-up build first, outside the measured runs.
#
#   benchmarks/startup-jdks.sh            # N = 0 and 1000, 5 runs each
#   RUNS=9 benchmarks/startup-jdks.sh 0
#   JDK17=/usr/lib/jvm/java-17-openjdk-amd64 JDK25=/usr/lib/jvm/temurin-25-jdk-amd64 benchmarks/startup-jdks.sh
#
# Hugo on the same bare site: benchmarks/generator-vs-hugo.sh 0 (with JAVA_HOME naming the JDK to use).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-5}"
jdk17="${JDK17:-/usr/lib/jvm/java-17-openjdk-amd64}"
jdk25="${JDK25:-/usr/lib/jvm/temurin-25-jdk-amd64}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(0 1000)
for jdk in "$jdk17" "$jdk25"; do
  [ -x "$jdk/bin/java" ] || { echo "no JDK at $jdk (set JDK17 / JDK25)" >&2; exit 2; }
done

. "$here/lib.sh"

echo "JDKs: $("$jdk17/bin/java" -version 2>&1 | head -1) / $("$jdk25/bin/java" -version 2>&1 | head -1)"
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-6s %-10s %10s %10s %12s\n" N jvm wall_s cpu_s peak_MiB
for n in "${sizes[@]}"; do
  work="$here/work/startup-$n"
  rm -rf "$work" && example_site "$work/site" "$n"

  build="'$root/storysite' build --source '$work/site' --output '$work/out'"
  # the warm-up builds record each JDK's archive and cache (and build the tool if needed)
  JAVA_HOME="$jdk17" bash -c "$build" >/dev/null 2>&1 || true
  JAVA_HOME="$jdk25" bash -c "$build" >/dev/null 2>&1 || true

  read -r w1 c1 m1 w2 c2 m2 w3 c3 m3 < <(measure_turns "JAVA_HOME='$jdk17' $build" "JAVA_HOME='$jdk25' $build" \
    "JAVA_HOME='$jdk25' STORYSITE_JAVA_OPTS=-XX:AOTMode=off $build")
  printf "%-6s %-10s %10.2f %10.2f %12.0f\n" "$n" jdk17 "$w1" "$c1" "$m1" "$n" jdk25-aot "$w2" "$c2" "$m2" \
    "$n" jdk25 "$w3" "$c3" "$m3"
  awk -v a="$w1" -v b="$w2" -v c="$w3" -v n="$n" \
    'BEGIN { printf "%-6s wall jdk25-aot/jdk17 = %.2f, jdk25-aot/jdk25 = %.2f\n", n, b / a, b / c }'
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
