-- wrk script: POSTs BENCH_BODY (JSON) to the URL's path. When BENCH_UNIQUE is set, "{n}" in the body
-- becomes a per-request counter (distinct conversations: memory must stay bounded by the caps).
-- done() prints one JSON line (same fields as shared/tools/http-baseline/bench.lua).
local body = os.getenv("BENCH_BODY")
local unique = os.getenv("BENCH_UNIQUE")
local counter = 0
wrk.method = "POST"
wrk.body = body
wrk.headers["Content-Type"] = "application/json"

function setup(thread)
  thread:set("tid", tostring(thread))
end

function request()
  if unique and #unique > 0 then
    counter = counter + 1
    return wrk.format(nil, nil, nil, (body:gsub("{n}", tostring(counter) .. "-" .. tostring(math.random(1e9)))))
  end
  return wrk.format()
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
