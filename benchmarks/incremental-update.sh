#!/usr/bin/env bash
# The preview's incremental update in-process (no server, no debounce): on N synthetic stories (default 1000)
# beside the example site, one preview build, then UPDATES (default 40) saves of one story's title, each followed
# by IncrementalBuild.update. Prints the median and p90 of wall and process CPU time per update, and the load.
#
#   benchmarks/incremental-update.sh            # N = 1000
#   UPDATES=20 benchmarks/incremental-update.sh 200
#
# Uses the tool as the launcher builds it (cli/target/storysite.jar), with the launcher's JVM options (C1 only).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
n="${1:-1000}"
updates="${UPDATES:-40}"
jar="$root/cli/target/storysite.jar"
[ -f "$jar" ] || (cd "$root" && mvn -q -B -DskipTests -pl cli -am package >&2)

work="$here/work/incremental-$n"
rm -rf "$work" && mkdir -p "$work/site/content"
cp -r "$root/site.yaml" "$root/templates" "$root/assets" "$root/contact-forms" "$work/site/"
cp -r "$root/content/services" "$root/content/pages" "$root/content/stories" "$work/site/content/"
python3 "$here/corpus.py" "$n" "$work/site" 2>/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -XX:TieredStopAtLevel=1 -cp "$jar" "$here/IncrementalUpdateBench.java" "$work/site" \
  content/stories/verhaal-00001.md "$updates"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
