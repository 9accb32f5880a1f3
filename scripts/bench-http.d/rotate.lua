-- wrk script: rotates through the requests of BENCH_FILE, one per line, so the figure is not one
-- repeated (cached) request. BENCH_METHOD=GET: each line is a path (with its query string);
-- BENCH_METHOD=POST: each line is a JSON body for the URL's path. When BENCH_UNIQUE is set, "{n}" in a
-- line becomes a per-request counter (distinct conversations: memory must stay bounded by the caps).
-- Each wrk thread starts at a different line. done() prints one JSON line (same fields as
-- shared/tools/http-baseline/bench.lua).
local file = os.getenv("BENCH_FILE")
local method = os.getenv("BENCH_METHOD") or "POST"
local unique = os.getenv("BENCH_UNIQUE")
local lines = {}
for line in io.lines(file) do
  if #line > 0 then lines[#lines + 1] = line end
end
assert(#lines > 0, "bench: " .. file .. " has no requests")
local index = 0
local counter = 0
local threads = {}

function setup(thread)
  thread:set("first", #threads * 7919)
  threads[#threads + 1] = thread
end

function init(args)
  index = (first or 0) % #lines
end

function request()
  index = index % #lines + 1
  local line = lines[index]
  if unique and #unique > 0 then
    counter = counter + 1
    line = line:gsub("{n}", tostring(counter) .. "-" .. tostring(math.random(1e9)))
  end
  if method == "GET" then
    return wrk.format("GET", line)
  end
  return wrk.format("POST", nil, { ["Content-Type"] = "application/json" }, line)
end

function done(summary, latency, requests)
  local secs = summary.duration / 1e6
  local e = summary.errors
  io.write(string.format(
    '{"requests":%d,"duration_s":%.3f,"rps":%.1f,' ..
    '"latency_p50_ms":%.4f,"latency_p90_ms":%.4f,"latency_p99_ms":%.4f,"latency_max_ms":%.4f,' ..
    '"errors_connect":%d,"errors_read":%d,"errors_write":%d,"errors_status":%d,"errors_timeout":%d}\n',
    summary.requests, secs, summary.requests / secs,
    latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000, latency.max / 1000,
    e.connect, e.read, e.write, e.status, e.timeout))
end
