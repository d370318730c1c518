#!/usr/bin/env bash
# The CPU cost of the Markdown bodies alone (flexmark parse + render through the generator's MarkdownRenderer),
# measured apart from the build on the example site plus N synthetic stories, with the launcher's JIT flags:
# ms per body in a cold first pass (what a build sees) and warmed up (median of the later rounds), plus a
# checksum of the HTML. BEFORE=<commit> compiles that commit's parse package too and runs the two in turns
# (TURNS times each), so a change can be compared on a noisy machine; equal checksums mean equal HTML.
#
#   benchmarks/markdown-bodies.sh 1000
#   BEFORE=ade11ee TURNS=5 benchmarks/markdown-bodies.sh 1000
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
n="${1:-1000}"; turns="${TURNS:-3}"; rounds="${ROUNDS:-8}"
. "$here/lib.sh"
work="$here/work/markdown-$n"
[ -d "$work/site/content" ] || example_site "$work/site" "$n"
jar="$root/cli/target/storysite.jar"
[ -f "$jar" ] || "$root/storysite" --help >/dev/null 2>&1 || true
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then java="$JAVA_HOME/bin/java"; else java=java; fi
jvm=("$java" -XX:TieredStopAtLevel=1 -XX:+UseSerialGC)
if [ -n "${BEFORE:-}" ]; then
  rm -rf "$work/before-src" "$work/before" && mkdir -p "$work/before-src" "$work/before"
  src=generator/src/main/java/be/storysite/generator/parse
  for f in $(git -C "$root" ls-tree --name-only "$BEFORE" "$src/"); do
    git -C "$root" show "$BEFORE:$f" >"$work/before-src/$(basename "$f")"
  done
  javac -nowarn -d "$work/before" -cp "$jar" "$work/before-src/"*.java
fi
echo "java: $("$java" -version 2>&1 | head -1); load: $(cut -d' ' -f1-3 /proc/loadavg); $(find "$work/site/content" -name '*.md' | wc -l) bodies"
run() { "${jvm[@]}" -cp "$1" "$here/MarkdownBodies.java" "$work/site/content" "$rounds" | grep -E "^(cold|warm)|^round 1:"; }
for _ in $(seq 1 "$turns"); do
  if [ -n "${BEFORE:-}" ]; then echo "-- $BEFORE"; run "$work/before:$jar"; fi
  echo "-- now"; run "$jar"
done
