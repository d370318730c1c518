#!/usr/bin/env bash
# Bakes a JBake site of N synthetic posts with real JBake 2.7.0 (jbake-oracle's class path, forked JVM, as
# the compatibility tests run it) and prints wall time, CPU time and peak memory, medians of RUNS runs.
# The posts are benchmarks/corpus.py's stories (about 700 words, headings, lists, a table, links, a
# blockquote) given JBake headers; the site around them is jbake-compat's "blog" fixture (jbake.properties,
# templates for index, post, page, archive, tags, feed, sitemap, 404, two pages, a stylesheet).
#
#   benchmarks/jbake-corpus.sh              # N = 0 (an empty blog) and N = 1000, 3 runs each
#   RUNS=1 benchmarks/jbake-corpus.sh 4000
#
# Then storysite builds the very same site (its JBake mode) with the ./storysite launcher, and the speed-up is
# printed. The site is left in benchmarks/work/jbake-N/site.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-3}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(0 1000)
fixture="$root/jbake-compat/src/test/resources/sites/blog"
classpath_file="$root/jbake-oracle/target/jbake.classpath"
[ -f "$classpath_file" ] || (cd "$root" && mvn -q -B -Dstyle.color=never -pl jbake-oracle package)
jbake=(java -Duser.timezone=UTC -Duser.language=en -Duser.country=US
       "-Dlogback.configurationFile=$root/jbake-oracle/logback.xml"
       -cp "$(cat "$classpath_file")" org.jbake.launcher.Main -b)

# writes N JBake posts into SITE/content/blog/<year>/ from corpus.py's stories (same seed, same text)
write_posts() {
  python3 - "$1" "$2" "$here" <<'PY'
import os, random, re, sys
n, site, here = int(sys.argv[1]), sys.argv[2], sys.argv[3]
sys.path.insert(0, here)
import corpus
rnd = random.Random(42)
for i in range(1, n + 1):
    front, body = corpus.story(i, rnd).split("---\n", 2)[1:]
    meta = dict(line.split(": ", 1) for line in front.splitlines())
    tags = ",".join(t.strip() for t in meta["tags"].strip("[]").split(","))
    header = ["title=" + meta["title"].strip('"'), "date=" + meta["date"], "type=post",
              "status=published", "tags=" + tags, "~~~~~~"]
    folder = os.path.join(site, "content", "blog", meta["date"][:4])
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "verhaal-%05d.md" % i), "w", encoding="utf-8") as f:
        f.write("\n".join(header) + "\n" + body)
PY
}

. "$here/lib.sh"
# build the tool (and its class-data archive) now, not inside a measured run
"$root/storysite" build --source "$root" --output "$here/work/warm-up" >/dev/null 2>&1 || true
printf "%-6s %-10s %10s %10s %12s\n" N tool wall_s cpu_s peak_MiB
for n in "${sizes[@]}"; do
  work="$here/work/jbake-$n"
  rm -rf "$work" && mkdir -p "$work/site"
  cp -r "$fixture/jbake.properties" "$fixture/templates" "$fixture/assets" "$work/site/"
  mkdir -p "$work/site/content" && cp "$fixture/content/about.md" "$fixture/content/contact.html" "$work/site/content/"
  write_posts "$n" "$work/site"
  read -r jw jc jm < <(measure "${jbake[@]}" "$work/site" "$work/jbake-out")
  read -r sw sc sm < <(measure "$root/storysite" build --source "$work/site" --output "$work/storysite-out")
  printf "%-6s %-10s %10.2f %10.2f %12.0f\n" "$n" jbake "$jw" "$jc" "$jm"
  printf "%-6s %-10s %10.2f %10.2f %12.0f\n" "$n" storysite "$sw" "$sc" "$sm"
  awk -v a="$jw" -v b="$sw" -v n="$n" 'BEGIN { printf "%-6s storysite is %.1fx faster than JBake (wall)\n", n, a / b }'
done
