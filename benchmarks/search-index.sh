#!/usr/bin/env bash
# The static search index (issue 10, docs/generator.md#search): how big it is at SIZE_N stories, what a first
# search loads, and what it adds to a cold build at COST_N stories (this tree against BASE, the commit before the
# index, built in turns).
#
#   benchmarks/search-index.sh                                # 10,000 stories for the size, 1,000 for the cost
#   SIZE_N=10000 COST_N=1000 RUNS=5 BASE=48f1d05 benchmarks/search-index.sh
#   SKIP_COST=1 benchmarks/search-index.sh                    # the size only
#
# The stories are the example site's plus corpus.py's (Dutch, ~700 words each). "first search" is what the browser
# loads for a query of one word and two filters: index.json, stemmer.js, the largest term shard, the two largest
# filter-value files and 12 result files (median size); raw (as the preview serves it) and gzip -6 (as a web
# server compresses it).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
size_n="${SIZE_N:-10000}"
cost_n="${COST_N:-1000}"
runs="${RUNS:-3}"
base="${BASE:-48f1d05}"

. "$here/lib.sh"

echo "java: $(java -version 2>&1 | head -1); cores: $(nproc); load: $(cut -d' ' -f1-3 /proc/loadavg)"

work="$here/work/search-$size_n"
rm -rf "$work" && mkdir -p "$work"
example_site "$work/site" "$size_n"
"$root/storysite" build --source "$work/site" --output "$work/out" 2>&1 | grep "^built" || true
python3 - "$work/out/_search" "$size_n" <<'PY'
import gzip, os, statistics, sys
top, n = sys.argv[1], sys.argv[2]
print(f"index at {int(n):,} synthetic stories (+ the example site's):")
for lang in sorted(os.listdir(top)):
    files = {}
    for dirpath, _, names in os.walk(os.path.join(top, lang)):
        for name in names:
            path = os.path.join(dirpath, name)
            data = open(path, 'rb').read()
            files[os.path.relpath(path, os.path.join(top, lang))] = (len(data), len(gzip.compress(data, 6)))
    def group(prefix):
        return sorted((v for k, v in files.items() if k.startswith(prefix)), key=lambda v: v[0])
    docs, shards, facets = group('docs/'), group('terms/'), group('facets/')
    raw = sum(v[0] for v in files.values()); gz = sum(v[1] for v in files.values())
    print(f"  {lang}: {len(docs):,} stories, {len(files):,} files, {raw/1024:,.0f} KiB ({gz/1024:,.0f} KiB gzip); "
          f"{len(shards):,} term shards (median {statistics.median(v[0] for v in shards)/1024:.1f} KiB, "
          f"largest {shards[-1][0]/1024:.1f} KiB); largest filter value {facets[-1][0]/1024:.1f} KiB")
    first = [files['index.json']] + ([files['stemmer.js']] if 'stemmer.js' in files else []) + [shards[-1]] \
        + facets[-2:] + [sorted(docs)[len(docs) // 2]] * min(12, len(docs))
    print(f"      first search (one word, two filters, 12 results): {sum(v[0] for v in first)/1024:.1f} KiB raw, "
          f"{sum(v[1] for v in first)/1024:.1f} KiB gzip; index.json {files['index.json'][0]/1024:.1f} KiB, "
          f"stemmer.js {files.get('stemmer.js', (0, 0))[0]/1024:.1f} KiB")
PY
[ -n "${KEEP:-}" ] || rm -rf "$work"

[ -z "${SKIP_COST:-}" ] || exit 0
before="$here/work/search-base"
rm -rf "$before" && mkdir -p "$before"
git -C "$root" archive "$base" | tar -x -C "$before"
site="$here/work/search-cost"
rm -rf "$site" && mkdir -p "$site"
example_site "$site/site" "$cost_n"
# build both tools and record their class-data archives now, not inside a measured run
"$before/storysite" build --source "$site/site" --output "$site/out-before" >/dev/null 2>&1
"$root/storysite" build --source "$site/site" --output "$site/out-after" >/dev/null 2>&1
load_before=$(cut -d' ' -f1 /proc/loadavg)
read -r wb cb mb wa ca ma < <(measure_pair \
  "'$before/storysite' build --source '$site/site' --output '$site/out-before'" \
  "'$root/storysite' build --source '$site/site' --output '$site/out-after'")
echo "cold build, ${cost_n} synthetic stories, ${runs} runs in turns (medians), load ${load_before} -> $(cut -d' ' -f1 /proc/loadavg):"
printf "  without the index (%s): %6.2f s wall %6.2f CPU-s %5.0f MiB\n" "$base" "$wb" "$cb" "$mb"
printf "  with the index:           %6.2f s wall %6.2f CPU-s %5.0f MiB\n" "$wa" "$ca" "$ma"
echo "  files: $(find "$site/out-before" -type f | wc -l) without, $(find "$site/out-after" -type f | wc -l) with"
[ -n "${KEEP:-}" ] || rm -rf "$site" "$before"
