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
