#!/usr/bin/env bash
# Benchmark of the lead service under a slow-client attack (issue 9, acceptance 5; not a test): the service on
# loopback with the production defaults for slow clients (header timeout 10 s, body deadline 20 s, 512 bytes/s,
# 32 connections per address, 2048 in all), wrk posting valid leads from 127.0.0.1, first alone, then while
# benchmarks/slowloris.py holds slow-header and slow-body connections from 127.0.0.2-127.0.0.21 (reopening each one
# the server closes), in alternating turns (BENCH_ROUNDS pairs, default 3). Prints legitimate leads/s and p99 of
# each run, the ratio per pair, the medians and the load average.
# Target: under attack at least 80% of the unattacked throughput.
#
# Usage: benchmarks/leads-under-attack.sh [seconds] [connections]   (defaults: 20 s, 8 wrk connections)
#        BENCH_HEADS / BENCH_BODIES: slow-header / slow-body connections held (default 300 each); BENCH_ROUNDS pairs (3)
#        BENCH_ATTACK="--tick 0.1 --body-rate 600": the aggressive attacker (see benchmarks/slowloris.py); the
#        default is the classic one (a header byte a second, bodies at 10 bytes/s)
# Needs wrk (Debian: apt-get install wrk) and python3.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
duration=${1:-20}
connections=${2:-8}
origin=http://bench.local
work=$(mktemp -d /tmp/leads-attack.XXXXXX)
pid=
attacker=
trap 'kill "$pid" 2>/dev/null || true; [ -z "$attacker" ] || kill "$attacker" 2>/dev/null || true; rm -rf "$work"' EXIT

command -v wrk >/dev/null || { echo "wrk is not installed (Debian: apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "python3 is not installed" >&2; exit 1; }

cd "$root"
. benchmarks/leads-lib.sh
leads_config "$work" "$origin" false
leads_start "$work"

run_wrk() {
  BENCH_ORIGIN=$origin wrk -t2 -c"$connections" -d"$1s" -s benchmarks/leads-post.lua --latency \
    "http://127.0.0.1:$port" > "$2"
}
rate() { awk -v n="$(sed -n 's/^status 303: //p' "$1")" -v s="$(sed -n 's/^duration_s //p' "$1")" \
  'BEGIN { printf "%.0f", (n == "" ? 0 : n) / s }'; }
p99() { sed -n 's/^p99_ms //p' "$1"; }
others() { grep '^status ' "$1" | grep -v '^status 303:' | tr '\n' ' ' || true; }

run_wrk "${BENCH_WARMUP:-15}" "$work/warmup.txt"
# CPU seconds (user + system) a process has used so far
cpu() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' "/proc/$1/stat"; }
cpu_since() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# Alternating turns (calm, attacked, calm, attacked, ...): on a shared machine the load drifts, so each attacked run
# is compared with the calm run just before it, and the medians of the pairs are reported.
rounds=${BENCH_ROUNDS:-3}
median() { sort -n | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
: > "$work/pairs.txt"
echo "== lead service under a slow-client attack ($connections wrk connections, ${duration}s a run, $rounds pairs," \
  "$(nproc) cores; BENCH_ATTACK='${BENCH_ATTACK:-}')"
for round in $(seq 1 "$rounds"); do
  before=$(cpu "$pid")
  run_wrk "$duration" "$work/calm.txt"
  load_calm=$(cut -d' ' -f1 /proc/loadavg)
  cpu_calm=$(cpu_since "$before" "$(cpu "$pid")")

  # shellcheck disable=SC2086
  python3 benchmarks/slowloris.py "$port" "$((duration + 10))" --heads "${BENCH_HEADS:-300}" \
    --bodies "${BENCH_BODIES:-300}" --origin "$origin" ${BENCH_ATTACK:-} > "$work/slowloris.txt" &
  attacker=$!
  sleep 5   # let the attacker open its connections first
  open_at_start=$(find /proc/"$pid"/fd -lname "socket:*" 2>/dev/null | wc -l)
  before=$(cpu "$pid"); before_attacker=$(cpu "$attacker")
  run_wrk "$duration" "$work/attacked.txt"
  load_attacked=$(cut -d' ' -f1 /proc/loadavg)
  cpu_attacked=$(cpu_since "$before" "$(cpu "$pid")"); cpu_attacker=$(cpu_since "$before_attacker" "$(cpu "$attacker")")
  wait "$attacker" || true
  attacker=

  calm=$(rate "$work/calm.txt"); attacked=$(rate "$work/attacked.txt")
  ratio=$(awk -v a="$attacked" -v c="$calm" 'BEGIN { printf "%.2f", (c > 0) ? a / c : 0 }')
  echo "$calm $attacked $ratio $(p99 "$work/calm.txt") $(p99 "$work/attacked.txt")" >> "$work/pairs.txt"
  echo "pair $round: without attack $calm leads/s, p99 $(p99 "$work/calm.txt") ms, load $load_calm," \
    "service $cpu_calm CPU-s $(others "$work/calm.txt")"
  echo "        under attack   $attacked leads/s, p99 $(p99 "$work/attacked.txt") ms, load $load_attacked," \
    "service $cpu_attacked CPU-s, attacker $cpu_attacker CPU-s, $open_at_start sockets open $(others "$work/attacked.txt")"
  echo "        $(cat "$work/slowloris.txt"); ratio $ratio"
  sleep 2
done

med() { cut -d' ' -f"$1" "$work/pairs.txt" | median; }
echo "median without attack: $(med 1) leads/s, p99 $(med 4) ms"
echo "median under attack:   $(med 2) leads/s, p99 $(med 5) ms"
awk -v r="$(med 3)" 'BEGIN { verdict = (r >= 0.8) ? "OK" : "BELOW TARGET"
  printf "median ratio of the pairs: %.0f%% (target >= 80%%): %s\n", 100 * r, verdict }'
