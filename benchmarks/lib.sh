# Shared by the benchmark scripts: source it, then `measure CMD...` prints "wall cpu peakMiB", the medians of
# $runs runs of CMD under /usr/bin/time (cpu = user + system seconds, peak = maximum resident set size).

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

# `example_site DIR N`: the example site (its services and pages link to its own stories) plus N synthetic stories
# (benchmarks/corpus.py, deterministic) in DIR
example_site() {
  local dir="$1" n="$2" lib; lib="$(dirname "${BASH_SOURCE[0]}")"
  mkdir -p "$dir/content"
  cp -r "$lib/../site.yaml" "$lib/../templates" "$lib/../assets" "$lib/../contact-forms" "$dir/"
  cp -r "$lib/../content/services" "$lib/../content/pages" "$lib/../content/stories" "$dir/content/"
  [ "$n" -eq 0 ] || python3 "$lib/corpus.py" "$n" "$dir" 2>/dev/null
}

measure() {
  local log; log=$(mktemp)
  for _ in $(seq 1 "${runs:-3}"); do
    /usr/bin/time -f "%e %U %S %M" -o "$log.t" "$@" >"$log.out" 2>&1 || { tail -30 "$log.out" >&2; exit 1; }
    cat "$log.t" >>"$log"
  done
  local wall cpu mem
  wall=$(awk '{print $1}' "$log" | median)
  cpu=$(awk '{print $2+$3}' "$log" | median)
  mem=$(awk '{print $4/1024}' "$log" | median)
  printf "%s %s %s\n" "$wall" "$cpu" "$mem"
  rm -f "$log" "$log.t" "$log.out"
}

# `measure_turns "A" "B" ...`: runs the command lines in turns, $runs times (A B C A B C ...), so that a change in
# the machine's load hits all alike, and prints "wall cpu peakMiB" for each, in order, on one line (medians).
measure_turns() {
  local logs=() i l
  for i in "$@"; do logs+=("$(mktemp)"); done
  for _ in $(seq 1 "${runs:-3}"); do
    for i in "${!logs[@]}"; do
      l="${logs[$i]}"
      /usr/bin/time -f "%e %U %S %M" -o "$l.t" bash -c "${@:$((i + 1)):1}" >"$l.out" 2>&1 \
        || { tail -30 "$l.out" >&2; exit 1; }
      cat "$l.t" >>"$l"
    done
  done
  for l in "${logs[@]}"; do
    printf "%s %s %s " "$(awk '{print $1}' "$l" | median)" "$(awk '{print $2+$3}' "$l" | median)" \
      "$(awk '{print $4/1024}' "$l" | median)"
    rm -f "$l" "$l.t" "$l.out"
  done
  echo
}

# `measure_pair "A" "B"`: measure_turns of two command lines, "wallA cpuA peakA wallB cpuB peakB".
measure_pair() { measure_turns "$1" "$2"; }

# `record_cache SITE`: builds the tool now, not inside a measured run, then records the launcher's start-up cache
# (JDK 25: the AOT cache, JDK 17: the class-data archive) anew with a build of SITE, the kind of site the script
# measures: the launcher records it at a site's first build and keeps it, so without this a script would measure
# with whatever cache the last script left (one recorded on the full example site makes a build without cards,
# photos and search load some 2,400 classes it never uses; docs/generator.md, "Start-up").
record_cache() {
  local lib_root; lib_root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
  "$lib_root/storysite" --version >/dev/null 2>&1 || true
  rm -f "$lib_root"/cli/target/storysite-*.aot "$lib_root"/cli/target/storysite-*.jsa
  "$lib_root/storysite" build --source "$1" --output "$(dirname "${BASH_SOURCE[0]}")/work/warm-up" >/dev/null 2>&1 || true
}
