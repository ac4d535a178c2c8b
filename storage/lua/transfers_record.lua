-- Record a batch's outcomes atomically, once: only while "inflight:<seq>" still exists (a second
-- recorder of the same batch — a re-sent copy, a stale instance — changes nothing).
-- Fenced: with a lease token (ARGV[9]), only while that token still holds the job's lease — a
-- holder that was paused past its lease (SIGSTOP, a long GC, a partition) writes nothing after a
-- new holder took over (-1); the new holder re-sends the batch and records it.
-- KEYS: 1 meta, 2 items, 3 job hash, 4 takeover index, 5 lease, 6.. history keys (one per started
--       customer)
-- ARGV: 1 seq, 2 counters json {name: delta}, 3 waiting delta, 4 history member (<job>|<path>),
--       5 now, 6 deferred ids json, 7 items json {item json: [fields]}, 8 started fields json
--       (same order as the history keys), 9 lease token ('' = unfenced)
if ARGV[9] ~= '' and redis.call('GET', KEYS[5]) ~= ARGV[9] then return -1 end
if redis.call('HEXISTS', KEYS[1], 'inflight:' .. ARGV[1]) == 0 then return 0 end
local flat = {}
for json, fields in pairs(cjson.decode(ARGV[7])) do
  for _, field in ipairs(fields) do flat[#flat + 1] = field; flat[#flat + 1] = json end
end
for i = 1, #flat, 1000 do
  redis.call('HSET', KEYS[2], unpack(flat, i, math.min(i + 999, #flat)))
end
local job_id = string.match(ARGV[4], '^[^|]+')
local by_takeover = {}
for i, field in ipairs(cjson.decode(ARGV[8])) do
  redis.call('ZADD', KEYS[5 + i], ARGV[5], ARGV[4])
  by_takeover[#by_takeover + 1] = string.sub(field, 3); by_takeover[#by_takeover + 1] = job_id
end
for i = 1, #by_takeover, 1000 do
  redis.call('HSET', KEYS[4], unpack(by_takeover, i, math.min(i + 999, #by_takeover)))
end
for name, delta in pairs(cjson.decode(ARGV[2])) do
  if delta ~= 0 then redis.call('HINCRBY', KEYS[3], 'x_' .. name, delta) end
end
if tonumber(ARGV[3]) ~= 0 then redis.call('HINCRBY', KEYS[1], 'waiting', ARGV[3]) end
local deferred = cjson.decode(ARGV[6])
if #deferred > 0 then
  local cur = redis.call('HGET', KEYS[1], 'g_deferred')
  local list = cur and cjson.decode(cur) or {}
  for _, id in ipairs(deferred) do list[#list + 1] = id end
  redis.call('HSET', KEYS[1], 'g_deferred', cjson.encode(list))
end
redis.call('HDEL', KEYS[1], 'inflight:' .. ARGV[1])
return 1
