-- wrk script: POST pre-generated, distinct, signed WeCom callbacks (bench/wrkload.py writes them).
-- Invoked as: wrk ... -s bench/callbacks.lua <url> -- <requests file> <threads> [<pause ms>]
-- With a pause, each connection waits a random time of that mean (exponential, so the connections
-- send independently, like separate senders, instead of in lockstep bursts) before each request:
-- a paced, below-saturation load of about connections × 1000 / pause req/s offered in total.
-- wrk's latency excludes the pause. wrk decides once, before init, whether a script paces, so
-- bench/wrkload.py appends a `delay` function (`next_pause()`) to a copy of this file for paced runs.
-- File format: one request per line, "<path?query>\t<body>" (bodies are one-line XML).
-- Thread k takes lines k, k+T, k+2T, …, so no two connections ever send the same callback; a
-- thread that runs out starts over (those repeats are duplicates) and `done` reports how many.

local threads = {}

function setup(thread)
  thread:set("tid", #threads)
  table.insert(threads, thread)
end

function init(args)
  local path, nthreads = args[1], tonumber(args[2])
  pause = tonumber(args[3] or "0")
  math.randomseed(os.time() * 100 + tid)
  reqs = {}
  local i = 0
  for line in io.lines(path) do
    if i % nthreads == tid then
      local target, body = line:match("^([^\t]*)\t(.*)$")
      reqs[#reqs + 1] = wrk.format("POST", target, { ["Content-Type"] = "text/xml" }, body)
    end
    i = i + 1
  end
  nreq = #reqs
  idx = 0
  sent = 0
end

function next_pause()
  return math.floor(-math.log(1 - math.random()) * pause + 0.5)
end

function request()
  idx = idx + 1
  if idx > #reqs then idx = 1 end
  sent = sent + 1
  return reqs[idx]
end

function done(summary, latency, requests)
  local repeats = 0
  for _, t in ipairs(threads) do
    local extra = t:get("sent") - t:get("nreq")
    if extra > 0 then repeats = repeats + extra end
  end
  local e = summary.errors
  io.write(string.format(
    'WRKJSON {"requests": %d, "duration_us": %d, "p50_us": %d, "p90_us": %d, "p99_us": %d, "max_us": %d, ' ..
    '"mean_us": %.1f, "status_errors": %d, "socket_errors": %d, "repeats": %d}\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, e.status,
    e.connect + e.read + e.write + e.timeout, repeats))
end
