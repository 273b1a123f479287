-- One kind of the soak workload per wrk process (KIND in the environment): story, provenance, resolver
-- or capture. DELAY_MS paces each connection (0 = as fast as possible, for the saturation run).
-- Counts as an error any status >= 400 and any GraphQL answer with "errors"; done() prints one line:
--   RESULT <kind> <requests> <errors> <p50 ms> <p99 ms> <seconds>
local kind = os.getenv("KIND")
local delay_ms = tonumber(os.getenv("DELAY_MS") or "0")
local key = os.getenv("PRODUCER_KEY") or "demo-producer-key"
local gtin, lot = "08938512000015", "BT-2026-031"
local errors = 0
local counter = 0
local thread_id = 0
local threads = {}

local bodies = {
  story = '{"query":"{ product(gtin: \\"' .. gtin .. '\\") { name stories(locale: \\"ja\\") { kind title body } } }"}',
  provenance = '{"query":"{ provenance(gtin: \\"' .. gtin .. '\\", lot: \\"' .. lot .. '\\", direction: UPSTREAM) { tiers countries nodes { __typename } edges { kind } } }"}',
}

function setup(thread)
  thread:set("id", #threads + 1)
  table.insert(threads, thread)
end

function init(args)
  thread_id = id or 0
  math.randomseed(os.time() + thread_id * 7919)
end

local function uuid()
  counter = counter + 1
  return string.format("%08x-%04x-4%03x-8%03x-%012x", os.time() % 0xffffffff, thread_id % 0xffff,
    math.random(0, 0xfff), math.random(0, 0xfff), counter * 1000 + math.random(0, 999))
end

local function capture_document()
  local events = {}
  for i = 1, 10 do
    events[i] = string.format('{"eventID":"urn:uuid:%s","type":"ObjectEvent","eventTime":"2026-03-01T08:00:00+07:00",'
      .. '"eventTimeZoneOffset":"+07:00","action":"OBSERVE","epcList":["urn:epc:id:sgtin:8938512.000015.%d%d"],'
      .. '"bizStep":"inspecting","readPoint":{"id":"urn:epc:id:sgln:8938512.00001.0"}}', uuid(), thread_id, counter * 10 + i)
  end
  return '{"@context":["https://ref.gs1.org/standards/epcis/2.0.0/epcis-context.jsonld"],"type":"EPCISDocument",'
    .. '"schemaVersion":"2.0","creationDate":"2026-03-01T08:00:00Z","epcisBody":{"eventList":[' .. table.concat(events, ",") .. ']}}'
end

function request()
  if kind == "resolver" then
    return wrk.format("GET", "/01/" .. gtin .. "/10/" .. lot, {["Accept-Language"] = "vi"})
  elseif kind == "capture" then
    return wrk.format("POST", "/epcis/capture",
      {["Content-Type"] = "application/ld+json", ["X-API-Key"] = key}, capture_document())
  else
    return wrk.format("POST", "/graphql", {["Content-Type"] = "application/json", ["Accept-Language"] = "ja"}, bodies[kind])
  end
end

function delay()
  return delay_ms
end

function response(status, headers, body)
  if status >= 400 or (body ~= nil and string.find(body, '"errors"', 1, true)) then
    errors = errors + 1
  end
end

function done(summary, latency, requests)
  local errs = 0
  for _, t in ipairs(threads) do
    errs = errs + (t:get("errors") or 0)
  end
  errs = errs + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %s %d %d %.1f %.1f %.1f\n", kind, summary.requests, errs,
    latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.duration / 1e6))
end
