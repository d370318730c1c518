#!/usr/bin/env bash
# Live preview latency: on a site of N synthetic stories (default 1000) beside the example site's configuration,
# templates, assets, contact forms, services and pages, starts `storysite serve`, connects to its reload events
# (/_dev/events) like a browser tab, saves one story SAVES times (default 20) and prints, per save, the time from
# the save to the reload event arriving, then the median and p90. On Linux it also prints, per save, the CPU time
# the preview used and the CPU time all other processes used meanwhile: on a shared machine a slow save whose
# preview CPU is as usual was slowed by other work.
#
#   benchmarks/preview-reload.sh            # N = 1000, 20 saves
#   SAVES=10 benchmarks/preview-reload.sh 200
#
# Target (issue 4): median under 100 ms on 1,000 stories. The preview rebuilds incrementally (only the pages the
# edit affects are rendered and written; see docs/preview.md), so the figure is one update plus the debounce.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
n="${1:-1000}"
saves="${SAVES:-20}"

work="$here/work/preview-$n"
rm -rf "$work" && mkdir -p "$work/content"
cp -r "$root/site.yaml" "$root/templates" "$root/assets" "$root/contact-forms" "$work/"
# the example's stories too: its service pages link to them
cp -r "$root/content/services" "$root/content/pages" "$root/content/stories" "$work/content/"
python3 "$here/corpus.py" "$n" "$work" 2>/dev/null
story="$work/content/stories/verhaal-00001.md"   # one of the synthetic stories

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
log="$work/serve.log"
# through the launcher, as a writer runs it (it builds the tool first when its sources changed)
"$root/storysite" serve --source "$work" --port "$port" >"$log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null; wait $serve 2>/dev/null || true' EXIT
for _ in $(seq 1 1200); do
  grep -q '^serving ' "$log" && break
  kill -0 $serve 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 0.5
done
grep -q '^serving ' "$log" || { echo "serve did not start; see $log" >&2; exit 1; }
echo "$(grep -cE '^built ' "$log") build(s) so far; first: $(grep -m1 -E '^built ' "$log" | sed 's/ -> .*//')"
echo "N=$n stories (+ the example site's), saving $(basename "$story") $saves times"
pid=()
[ -r "/proc/$serve/stat" ] && pid=("$serve")   # the launcher execs java: the same process
java "$here/PreviewReloadClient.java" "http://127.0.0.1:$port/" "$story" "$saves" "${pid[@]}"
echo "rebuilds as the preview reported them:"
grep -E '^(built|build failed)' "$log" | tail -n "$saves" | sed -E 's/.* in ([0-9]+) ms.*/\1/' | sort -n \
  | awk '{a[NR]=$1} END {printf "  rebuild: median %d ms, p90 %d ms\n", a[int((NR+1)/2)], a[int(NR*0.9+0.999)]}'
