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
# The site is left in benchmarks/work/jbake-N/site, so storysite can build the very same one.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"
runs="${RUNS:-3}"
sizes=("$@"); [ ${#sizes[@]} -gt 0 ] || sizes=(0 1000)
fixture="$root/jbake-compat/src/test/resources/sites/blog"
classpath_file="$root/jbake-oracle/target/jbake.classpath"
[ -f "$classpath_file" ] || (cd "$root" && mvn -q -B -pl jbake-oracle package)
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

printf "%-6s %10s %10s %12s %8s\n" N wall_s cpu_s peak_MiB files
for n in "${sizes[@]}"; do
  work="$here/work/jbake-$n"
  rm -rf "$work" && mkdir -p "$work/site"
  cp -r "$fixture/jbake.properties" "$fixture/templates" "$fixture/assets" "$work/site/"
  mkdir -p "$work/site/content" && cp "$fixture/content/about.md" "$fixture/content/contact.html" "$work/site/content/"
  write_posts "$n" "$work/site"
  : >"$work/times"
  for _ in $(seq 1 "$runs"); do
    rm -rf "$work/out"
    /usr/bin/time -f "%e %U %S %M" -o "$work/time" "${jbake[@]}" "$work/site" "$work/out" >"$work/bake.log" 2>&1 \
      || { tail -30 "$work/bake.log" >&2; exit 1; }
    cat "$work/time" >>"$work/times"
  done
  # medians of wall, user+system CPU and peak RSS over the runs
  sort -n "$work/times" | awk -v n="$n" -v files="$(find "$work/out" -type f | wc -l)" '
    { wall[NR] = $1; cpu[NR] = $2 + $3; mem[NR] = $4 / 1024 }
    function median(a, k,   i, j, t) {
      for (i = 1; i <= k; i++) for (j = i + 1; j <= k; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
      return (k % 2) ? a[(k + 1) / 2] : (a[k / 2] + a[k / 2 + 1]) / 2
    }
    END { printf "%-6s %10.2f %10.2f %12.0f %8d\n", n, median(wall, NR), median(cpu, NR), median(mem, NR), files }'
done
