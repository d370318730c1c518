# Shared by the benchmark scripts: source it, then `measure CMD...` prints "wall cpu peakMiB", the medians of
# $runs runs of CMD under /usr/bin/time (cpu = user + system seconds, peak = maximum resident set size).

# median of the numbers on stdin
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

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

# `measure_pair "A" "B"`: runs the command lines A and B one after the other, $runs times (A B A B ...), so that a
# change in the machine's load hits both alike, and prints "wallA cpuA peakA wallB cpuB peakB" (medians).
measure_pair() {
  local a="$1" b="$2" la lb
  la=$(mktemp); lb=$(mktemp)
  for _ in $(seq 1 "${runs:-3}"); do
    /usr/bin/time -f "%e %U %S %M" -o "$la.t" bash -c "$a" >"$la.out" 2>&1 || { tail -30 "$la.out" >&2; exit 1; }
    cat "$la.t" >>"$la"
    /usr/bin/time -f "%e %U %S %M" -o "$lb.t" bash -c "$b" >"$lb.out" 2>&1 || { tail -30 "$lb.out" >&2; exit 1; }
    cat "$lb.t" >>"$lb"
  done
  local l
  for l in "$la" "$lb"; do
    printf "%s %s %s " "$(awk '{print $1}' "$l" | median)" "$(awk '{print $2+$3}' "$l" | median)" \
      "$(awk '{print $4/1024}' "$l" | median)"
  done
  echo
  rm -f "$la" "$la.t" "$la.out" "$lb" "$lb.t" "$lb.out"
}
