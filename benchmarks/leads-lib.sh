# Shared by the lead service benchmarks (leads-wrk.sh, leads-under-attack.sh): source it from the repository root.

# leads_start WORK [JAVA_OPTS...]: compiles the leads module and what it needs, starts LeadServiceMain with
# WORK/leads.yaml (output in WORK/service.out|err) and sets $pid and $port; exits when it does not start.
leads_start() {
  local work=$1; shift
  # compiling in the same reactor makes the sibling modules (core, forms) resolve to their target/classes
  mvn -q -B -o -pl leads -am compile dependency:build-classpath -Dmdep.includeScope=runtime \
    -Dmdep.outputFile="$work/cp.txt" >/dev/null
  local classpath; classpath="$PWD/leads/target/classes:$(cat "$work/cp.txt")"
  nice -n "${BENCH_NICE:-0}" java -Xmx512m "$@" -cp "$classpath" be.storysite.leads.app.LeadServiceMain \
    --config "$work/leads.yaml" > "$work/service.out" 2> "$work/service.err" &
  pid=$!
  for _ in $(seq 1 100); do
    grep -q "listening on" "$work/service.out" 2>/dev/null && break
    sleep 0.2
  done
  port=$(sed -n 's/.*listening on http:\/\/[^:]*:\([0-9]*\).*/\1/p' "$work/service.out")
  [ -n "$port" ] || { echo "the lead service did not start:" >&2; cat "$work/service.err" >&2; exit 1; }
}

# leads_config WORK ORIGIN DELIVERY: writes WORK/leads.yaml for a benchmark: the repository's contact forms, any free
# port, ORIGIN allowed, no rate limit to speak of (wrk posts from one address), delivery enabled or not.
leads_config() {
  cat > "$1/leads.yaml" <<YAML
contact_forms: $PWD/contact-forms
http:
  port: 0
  allowed_origins: [$2]
  rate_per_second: 1000000
  burst: 1000000
delivery:
  enabled: $3
YAML
}
