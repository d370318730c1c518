#!/usr/bin/env bash
# The cost of front-matter photos in a cold build: the example site plus N synthetic stories (corpus.py) built
# without photos, with a hero photo per story and an empty cache (every variant encoded: 4 widths × WebP + JPEG per
# story, each story's photo distinct bytes), and with photos and the cache of the run before (nothing encoded),
# in turns, RUNS times each; prints the medians (wall, CPU = user + system, peak memory), the extra cost of
# photos per story, and the load average before and after. Each warm run follows a cold one and keeps its cache.
#
#   benchmarks/photos.sh             # N = 1000, 3 runs each
#   RUNS=1 benchmarks/photos.sh 200
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
n="${1:-1000}"
runs="${RUNS:-3}"

. "$here/lib.sh"

record_cache "$root"   # the tool built and its start-up cache recorded, outside the measured runs

work="$here/work/photos-$n"
rm -rf "$work" && mkdir -p "$work"
example_site "$work/plain" "$n"
example_site "$work/photos" 0
python3 "$here/corpus.py" "$n" "$work/photos" --photos "$root/assets/images/photos" 2>/dev/null

build="$root/storysite build"
plain="rm -rf '$work/out-plain' '$work/.out-plain.cache'; $build --source '$work/plain' --output '$work/out-plain'"
cold="rm -rf '$work/out-cold' '$work/.out-cold.cache'; $build --source '$work/photos' --output '$work/out-cold'"
# right after the cold run, whose cache it keeps
warm="rm -rf '$work/out-cold'; $build --source '$work/photos' --output '$work/out-cold'"

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); N = $n; runs: $runs (in turns)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
read -r pw pc pm cw cc cm ww wc wm < <(runs="$runs" measure_turns "$plain" "$cold" "$warm")
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
printf "%-34s %8s %8s %9s\n" build wall_s cpu_s peak_MiB
printf "%-34s %8.2f %8.2f %9.0f\n" "no photos" "$pw" "$pc" "$pm"
printf "%-34s %8.2f %8.2f %9.0f\n" "a photo per story, cold cache" "$cw" "$cc" "$cm"
printf "%-34s %8.2f %8.2f %9.0f\n" "a photo per story, warm cache" "$ww" "$wc" "$wm"
awk -v pw="$pw" -v pc="$pc" -v cw="$cw" -v cc="$cc" -v ww="$ww" -v wc="$wc" -v n="$n" 'BEGIN {
  printf "photos, cold: +%.2f s wall (x%.2f), +%.1f ms CPU per story; warm: +%.2f s wall (x%.2f)\n",
    cw - pw, cw / pw, (cc - pc) * 1000 / n, ww - pw, ww / pw }'
echo "under assets/images/photos/synth/ (sources and variants): $(find "$work/out-cold/assets/images/photos/synth" -type f | wc -l) files," \
  "$(du -sh "$work/out-cold/assets/images/photos/synth" | cut -f1)"
[ -n "${KEEP:-}" ] || rm -rf "$work"
