#!/usr/bin/env bash
# Lighthouse (mobile, the default form factor) on the home page, a story and the story list of one or more built
# sites, in turns, with Debian's Chromium headless; prints the four category scores per run and the load average.
# Needs Node's npx (not needed to build the site: only this measurement uses it).
#
#   ./storysite build --output /tmp/site-after
#   benchmarks/lighthouse-pages.sh /tmp/site-before /tmp/site-after      # RUNS=3 for more turns
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 SITE_DIR [SITE_DIR...]" >&2; exit 2; }
RUNS=${RUNS:-1}
PAGES=${PAGES:-"/ /klantverhalen/ /klantverhalen/lindebeek-thuiswerk/"}
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT
ports=()
dirs=("$@")
port=18700
for dir in "$@"; do
  port=$((port + 1))
  python3 -m http.server "$port" --bind 127.0.0.1 --directory "$dir" >/dev/null 2>&1 &
  pids+=($!)
  ports+=("$port")
done
sleep 1
echo "load average at start: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-28s %-46s %5s %5s %5s %5s\n' site page perf a11y bp seo
for run in $(seq 1 "$RUNS"); do
  for page in $PAGES; do
    for i in "${!ports[@]}"; do
      out="$work/report.json"
      npx --yes lighthouse@12.8.2 "http://127.0.0.1:${ports[$i]}$page" --quiet --output=json --output-path="$out" \
        --only-categories=performance,accessibility,best-practices,seo \
        --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage" >/dev/null 2>&1 || true
      python3 - "$out" "${dirs[$i]}" "$page" <<'PY'
import json, sys
try:
    r = json.load(open(sys.argv[1]))
    s = [round(100 * (r["categories"][c]["score"] or 0)) for c in ("performance", "accessibility", "best-practices", "seo")]
except Exception as e:
    s = ["err"] * 4
print(f"{sys.argv[2]:<28} {sys.argv[3]:<46} {s[0]:>5} {s[1]:>5} {s[2]:>5} {s[3]:>5}")
PY
      rm -f "$out"
    done
  done
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
