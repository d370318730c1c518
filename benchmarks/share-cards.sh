#!/usr/bin/env bash
# What share cards cost a cold build: the example site plus N synthetic stories (corpus.py), each story given one
# of the example site's customer logos (so logos are SVGs drawn by Batik, 8 of them) and a metric, built with
# share cards (the default) and with `share_cards: false`, in turns, RUNS times each (median). Every run is cold:
# the output, its spare folder and the card cache (target/.site.cache) are deleted first. Prints wall and CPU
# seconds (user + system), peak memory, the cost of the cards and the ratio of wall times, and the load average.
#
#   benchmarks/share-cards.sh              # N = 1000, 3 runs each
#   RUNS=5 benchmarks/share-cards.sh 1000 4000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-3}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000)

. "$here/lib.sh"

# the tool built and its start-up cache recorded on the example site, outside the measured runs
record_cache "$root"

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); runs: $runs (in turns), every build cold"
printf "%-6s %-9s %8s %8s %9s\n" N cards wall_s cpu_s peak_MiB
for n in "${sizes[@]}"; do
  work="$here/work/share-cards-$n"
  rm -rf "$work"
  for variant in on off; do
    example_site "$work/$variant/site" "$n"
    logos=($(cd "$work/$variant/site/assets/images/logos" && ls *.svg))
    i=0
    for f in "$work/$variant"/site/content/stories/verhaal-*.md; do
      logo="${logos[$((i % ${#logos[@]}))]}"; i=$((i + 1))
      # after the first line (---): a customer logo and one metric, as real stories have
      sed -i "1a logo: images/logos/$logo\nmetrics:\n  - value: \"$((i % 90 + 10))%\"\n    label: minder tickets per maand sinds de overstap naar de nieuwe werkplek" "$f"
    done
  done
  echo "share_cards: false" >>"$work/off/site/site.yaml"
  cold() { echo "rm -rf '$work/$1/out' '$work/$1/.out.cache' '$work/$1/.out.spare' && '$root/storysite' build --source '$work/$1/site' --output '$work/$1/out'"; }
  load_before=$(cut -d' ' -f1-3 /proc/loadavg)
  read -r w1 c1 m1 w2 c2 m2 < <(measure_turns "$(cold on)" "$(cold off)")
  load_after=$(cut -d' ' -f1-3 /proc/loadavg)
  cards=$(find "$work/on/out" -name share-card.png | wc -l)
  printf "%-6s %-9s %8.2f %8.2f %9.0f\n" "$n" "on" "$w1" "$c1" "$m1" "$n" "off" "$w2" "$c2" "$m2"
  awk -v w1="$w1" -v w2="$w2" -v c1="$c1" -v c2="$c2" -v k="$cards" -v n="$n" 'BEGIN {
    printf "%-6s %d cards: +%.2f s wall, +%.2f CPU-s (%.2f ms CPU per card); wall with/without = %.2f (target < 2: %s)\n",
      n, k, w1 - w2, c1 - c2, (c1 - c2) * 1000 / k, w1 / w2, (w1 / w2 < 2 ? "met" : "NOT met") }'
  echo "load average before: $load_before, after: $load_after"
  [ -n "${KEEP:-}" ] || rm -rf "$work"
done
