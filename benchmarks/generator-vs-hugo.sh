#!/usr/bin/env bash
# Builds N synthetic stories with storysite and, side by side, with Hugo (Debian's `hugo`), and prints wall
# time, CPU time and peak memory (medians of RUNS runs) and the ratio storysite/Hugo.
#
#   benchmarks/generator-vs-hugo.sh            # N = 1000 and 4000, 3 runs each
#   RUNS=5 benchmarks/generator-vs-hugo.sh 500
#
# Targets (issue 2): storysite's median wall time <= 1.5 x Hugo's, peak memory <= 1 GiB.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-3}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(1000 4000)
command -v hugo >/dev/null || { echo "hugo is not installed: apt-get install -y hugo" >&2; exit 2; }

. "$here/lib.sh"
# build the tool (and its class-data archive) now, not inside a measured run
"$root/storysite" build --source "$root" --output "$here/work/warm-up" >/dev/null 2>&1 || true

printf "%-6s %-10s %10s %10s %12s\n" N tool wall_s cpu_s peak_MiB
for n in "${sizes[@]}"; do
  work="$here/work/$n"
  rm -rf "$work" && mkdir -p "$work/ours/content" "$work/hugo/content"
  # storysite: the whole example site (its services and pages link to its own stories), plus N synthetic stories
  cp -r "$root/site.yaml" "$root/templates" "$root/assets" "$root/contact-forms" "$work/ours/"
  cp -r "$root/content/services" "$root/content/pages" "$root/content/stories" "$work/ours/content/"
  python3 "$here/corpus.py" "$n" "$work/ours" 2>/dev/null
  # Hugo: the same Markdown files (it reads the same YAML front matter)
  cp -r "$here/hugo-site/." "$work/hugo/"
  mkdir -p "$work/hugo/content/stories" && cp "$work/ours/content/stories/verhaal-"*.md "$work/hugo/content/stories/"

  read -r ow oc om < <(measure "$root/storysite" build --source "$work/ours" --output "$work/ours-out")
  read -r hw hc hm < <(measure hugo --quiet --source "$work/hugo" --destination "$work/hugo-out")
  printf "%-6s %-10s %10.2f %10.2f %12.0f\n" "$n" storysite "$ow" "$oc" "$om"
  printf "%-6s %-10s %10.2f %10.2f %12.0f\n" "$n" hugo "$hw" "$hc" "$hm"
  awk -v a="$ow" -v b="$hw" -v n="$n" -v m="$om" 'BEGIN {
    r = a / b; printf "%-6s ratio wall storysite/hugo = %.2f (target <= 1.5: %s), storysite peak %.0f MiB (target <= 1024: %s)\n",
      n, r, (r <= 1.5 ? "met" : "NOT met"), m, (m <= 1024 ? "met" : "NOT met") }'
  echo "$n files: storysite $(find "$work/ours-out" -name '*.html' | wc -l) html, hugo $(find "$work/hugo-out" -name '*.html' | wc -l) html"
done
