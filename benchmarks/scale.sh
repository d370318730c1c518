#!/usr/bin/env bash
# How storysite's cold build grows with the number of stories: for each N, the example site plus N synthetic
# stories (corpus.py), built RUNS times (median), printing wall time, CPU time (user + system), CPU per story and
# peak memory (maximum resident set size), then the ratio of CPU per story between the largest and the smallest N.
# A build that is linear in the number of stories keeps that ratio near 1 (issue 12: at most 1.3 from 10,000
# to 100,000 stories, peak memory at most 2 GiB).
#
#   benchmarks/scale.sh 10000 30000          # 1 run each
#   RUNS=3 benchmarks/scale.sh 1000 4000
#   KEEP=1 benchmarks/scale.sh 10000         # keep benchmarks/work/scale-N (the corpus and the output)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-1}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || { echo "usage: benchmarks/scale.sh N... (e.g. 10000 30000)" >&2; exit 2; }

. "$here/lib.sh"

# the tool built and its start-up cache recorded on the example site, outside the measured runs
record_cache "$root"

# the launcher's java: JAVA_HOME's when set, else the first on PATH
echo "java: $("${JAVA_HOME:+$JAVA_HOME/bin/}java" -version 2>&1 | head -1); cores: $(nproc); runs: $runs"
printf "%-7s %8s %10s %10s %14s %10s %8s\n" N stories wall_s cpu_s cpu_ms_story peak_MiB load1
first="" last=""
for n in "${sizes[@]}"; do
  work="$here/work/scale-$n"
  rm -rf "$work" && mkdir -p "$work/site/content"
  cp -r "$root/site.yaml" "$root/templates" "$root/assets" "$root/contact-forms" "$work/site/"
  cp -r "$root/content/services" "$root/content/pages" "$root/content/stories" "$work/site/content/"
  python3 "$here/corpus.py" "$n" "$work/site" 2>/dev/null
  stories=$(find "$work/site/content/stories" -name '*.md' | wc -l)
  load=$(cut -d' ' -f1 /proc/loadavg)
  read -r wall cpu mem < <(measure "$root/storysite" build --source "$work/site" --output "$work/out")
  per=$(awk -v c="$cpu" -v s="$stories" 'BEGIN { printf "%.2f", c * 1000 / s }')
  printf "%-7s %8s %10.2f %10.2f %14s %10.0f %8s\n" "$n" "$stories" "$wall" "$cpu" "$per" "$mem" "$load"
  [ -n "$first" ] || first="$n $per"
  last="$n $per"
  [ -n "${KEEP:-}" ] || rm -rf "$work"
done
read -r n1 p1 <<<"$first"
read -r n2 p2 <<<"$last"
if [ "$n1" != "$n2" ]; then
  awk -v a="$p1" -v b="$p2" -v n1="$n1" -v n2="$n2" 'BEGIN {
    r = b / a; printf "CPU per story at %s / at %s = %.2f (target <= 1.3: %s)\n", n2, n1, r, (r <= 1.3 ? "met" : "NOT met") }'
fi
