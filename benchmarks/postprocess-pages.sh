#!/usr/bin/env bash
# The CPU time of post-processing one page (link checks and edits: PageTags + HtmlPostProcessor), measured apart
# from the build on the pages of the example site plus N synthetic stories, with the launcher's JIT flags.
# BEFORE=<commit> compiles that commit's post-processor too and runs the two in turns (TURNS times each), so a
# change can be compared on a noisy machine: thread CPU time, median of the warm rounds.
#
#   benchmarks/postprocess-pages.sh 1000
#   BEFORE=48f1d05 TURNS=3 benchmarks/postprocess-pages.sh 1000    # the Jsoup parse it replaced
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
n="${1:-1000}"; turns="${TURNS:-3}"; rounds="${ROUNDS:-6}"
. "$here/lib.sh"
work="$here/work/postprocess-$n"
rm -rf "$work" && example_site "$work/site" "$n"
"$root/storysite" build --source "$work/site" --output "$work/out" >"$work/build.log" 2>&1 || { tail -20 "$work/build.log" >&2; exit 1; }
jar="$root/cli/target/storysite.jar"
java=(java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [ -n "${BEFORE:-}" ]; then
  mkdir -p "$work/before-src" "$work/before"
  src=generator/src/main/java/be/storysite/generator/postprocess
  for f in $(git -C "$root" ls-tree --name-only "$BEFORE" "$src/"); do
    git -C "$root" show "$BEFORE:$f" >"$work/before-src/$(basename "$f")"
  done
  javac -nowarn -d "$work/before" -cp "$jar" "$work/before-src/"*.java
fi
echo "java: $(java -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg); $(find "$work/out" -name '*.html' | wc -l) pages"
for _ in $(seq 1 "$turns"); do
  if [ -n "${BEFORE:-}" ]; then
    printf "%-8s " "$BEFORE"; "${java[@]}" -cp "$work/before:$jar" "$here/PostProcessPages.java" "$work/out" "$work/site" "$rounds" | tail -1
  fi
  printf "%-8s " now; "${java[@]}" -cp "$jar" "$here/PostProcessPages.java" "$work/out" "$work/site" "$rounds" | tail -1
done
