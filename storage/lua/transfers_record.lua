-- Record a batch's outcomes atomically, once: only while "inflight:<seq>" still exists (a second
-- recorder of the same batch — a re-sent copy, a stale instance — changes nothing).
-- KEYS: 1 meta, 2 items, 3 job hash, 4 takeover index, 5.. history keys (one per started customer)
-- ARGV: 1 seq, 2 counters json {name: delta}, 3 waiting delta, 4 history member, 5 now,
--       6 deferred ids json, 7 n items, then n (field, json, history 0|1) triples
if redis.call('HEXISTS', KEYS[1], 'inflight:' .. ARGV[1]) == 0 then return 0 end
local n = tonumber(ARGV[7])
local h = 5
for i = 0, n - 1 do
  local field, json, hist = ARGV[8 + 3 * i], ARGV[9 + 3 * i], ARGV[10 + 3 * i]
  redis.call('HSET', KEYS[2], field, json)
  if hist == '1' then
    redis.call('ZADD', KEYS[h], ARGV[5], ARGV[4])
    redis.call('HSET', KEYS[4], string.sub(field, 3), string.match(ARGV[4], '^[^|]+'))
    h = h + 1
  end
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
