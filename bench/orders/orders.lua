-- wrk script: orders of LINES lines (default 5) on distinct random SKUs, for Stockledger's
-- orders benchmark (docs/benchmarks.md). Seed first with shared/bench/seed.sh (SKU-1..SKU-8000 in WH-1, WH-2).
--
--   LINES=5 wrk -t2 -c32 -d20s --latency -s bench/orders/orders.lua http://127.0.0.1:8080
--
-- Environment:
--   LINES      lines per order (default 5)
--   SKUS       SKUs to draw from (default 8000)
--   ANYWHERE   when 1, lines name no warehouse (the service allocates); else WH-1 or WH-2 at random
-- Prints wrk's report, then: RESULT requests= seconds= rps= p50_ms= p99_ms= non201=

local lines = tonumber(os.getenv("LINES") or "5")
local skus = tonumber(os.getenv("SKUS") or "8000")
local anywhere = os.getenv("ANYWHERE") == "1"
local threads = {}

function setup(thread)
   math.randomseed(os.time())
   run_id = run_id or string.format("%x%04x", os.time(), math.random(0, 0xffff))
   thread:set("thread_id", #threads + 1)
   thread:set("run_id", run_id)
   table.insert(threads, thread)
end

function init(args)
   math.randomseed(os.time() * 1000 + thread_id)
   counter = 0
   non201 = 0
   headers = { ["Content-Type"] = "application/json" }
   prefix = string.format("ord-%s-%d-", run_id, thread_id)
end

function request()
   counter = counter + 1
   local parts, seen = {}, {}
   while #parts < lines do
      local n = math.random(1, skus)
      if not seen[n] then
         seen[n] = true
         local wh = anywhere and "" or (',"warehouse":"WH-' .. math.random(1, 2) .. '"')
         table.insert(parts, '{"sku":"SKU-' .. n .. '","quantity":1' .. wh .. '}')
      end
   end
   local body = '{"orderId":"' .. prefix .. counter .. '","ttlSeconds":0,"lines":[' .. table.concat(parts, ",") .. ']}'
   return wrk.format("POST", "/api/v1/reservations", headers, body)
end

function response(status, headers, body)
   if status ~= 201 then non201 = non201 + 1 end
end

function done(summary, latency, requests)
   local non = 0
   for _, thread in ipairs(threads) do non = non + thread:get("non201") end
   local seconds = summary.duration / 1e6
   io.write(string.format("RESULT requests=%d seconds=%.3f rps=%.1f p50_ms=%.3f p99_ms=%.3f non201=%d\n",
      summary.requests, seconds, summary.requests / seconds,
      latency:percentile(50) / 1000, latency:percentile(99) / 1000, non))
end
