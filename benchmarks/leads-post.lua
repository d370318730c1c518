-- wrk script for benchmarks/leads-wrk.sh: posts valid, distinct contact-form leads (urlencoded, as a page without
-- JavaScript does) with the site's Origin, and counts the answers by status.
local origin = os.getenv("BENCH_ORIGIN") or "http://bench.local"
local threads = {}
-- per thread (each wrk thread has its own Lua state): requests built, i.e. sent
sent = 0

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  answers = {}
  prefix = "t" .. id .. "-" .. tostring(math.random(1, 1000000000))
end

local function encode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

function request()
  sent = sent + 1
  local counter = sent
  local fields = {
    {"name", "Bench Prospect " .. counter},
    {"email", "bench-" .. prefix .. "-" .. counter .. "@bench.example"},
    {"organisation", "Gemeente Lindebeek"},
    {"organisation_type", "gemeente"},
    {"municipality", "Lindebeek"},
    {"topic", "werkplek-in-de-cloud"},
    {"message", "Benchmark lead " .. counter .. ": kunnen we eens bellen?"},
    {"consent", "on"},
    {"website", ""},
    {"lang", "nl"},
    {"source_url", "/verhalen/lindebeek-thuiswerk/"},
    {"source_title", "Lindebeek werkt thuis"},
    {"source_kind", "story"},
    {"source_slug", "lindebeek-thuiswerk"},
    {"elapsed_ms", "9000"},
  }
  local parts = {}
  for _, f in ipairs(fields) do
    table.insert(parts, encode(f[1]) .. "=" .. encode(f[2]))
  end
  return wrk.format("POST", "/leads/contact", {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Origin"] = origin,
  }, table.concat(parts, "&"))
end

function response(status, headers, body)
  answers[status] = (answers[status] or 0) + 1
end

function done(summary, latency, requests)
  local totals = {}
  local all_sent = 0
  for _, thread in ipairs(threads) do
    all_sent = all_sent + thread:get("sent")
    local a = thread:get("answers")
    for status, n in pairs(a) do
      totals[status] = (totals[status] or 0) + n
    end
  end
  for status, n in pairs(totals) do
    io.write(string.format("status %d: %d\n", status, n))
  end
  io.write(string.format("sent %d\n", all_sent))
  io.write(string.format("p99_ms %.2f\n", latency:percentile(99) / 1000))
  io.write(string.format("p50_ms %.2f\n", latency:percentile(50) / 1000))
  io.write(string.format("duration_s %.2f\n", summary.duration / 1000000))
end
