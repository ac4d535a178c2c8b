-- Begin a batch: checkpoint "batch <seq> in flight (ids)" BEFORE the API call, only while the
-- caller still holds the job lease. Items found not to be sendable (skipped) are settled here.
-- KEYS: 1 meta, 2 items, 3 lease, 4 batch log, 5 job hash, 6 group-day counter
-- ARGV: 1 lease token, 2 kind (c|g), 3 cursor field ('' = none), 4 new cursor value, 5 now,
--       6 holder, 7 n ids, 8 n skipped, 9 day add, 10 day ttl s, 11 deferred ids consumed (json),
--       then n ids, then n_skipped (field, json) pairs
if redis.call('GET', KEYS[3]) ~= ARGV[1] then return -1 end
local kind, now = ARGV[2], ARGV[5]
local n_ids, n_skipped = tonumber(ARGV[7]), tonumber(ARGV[8])
local ids = {}
for i = 1, n_ids do ids[i] = ARGV[11 + i] end
local seq = 0
if n_ids > 0 then
  seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
  redis.call('HSET', KEYS[1], 'inflight:' .. seq, cjson.encode({k = kind, ids = ids, at = now}))
  for _, id in ipairs(ids) do
    redis.call('HSET', KEYS[2], kind .. ':' .. id, cjson.encode({k = kind, s = 'inflight', b = seq}))
  end
  redis.call('RPUSH', KEYS[4], seq .. '|' .. kind .. '|' .. n_ids .. '|' .. ARGV[6] .. '|' .. now)
end
local base = 11 + n_ids
for i = 1, n_skipped do
  redis.call('HSET', KEYS[2], ARGV[base + 2 * i - 1], ARGV[base + 2 * i])
end
if n_skipped > 0 then redis.call('HINCRBY', KEYS[5], 'x_skipped', n_skipped) end
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], ARGV[3], ARGV[4]) end
local consumed = cjson.decode(ARGV[11])
if #consumed > 0 then
  local left = {}
  local gone = {}
  for _, id in ipairs(consumed) do gone[id] = true end
  local deferred = redis.call('HGET', KEYS[1], 'g_deferred')
  if deferred then
    for _, id in ipairs(cjson.decode(deferred)) do
      if not gone[id] then left[#left + 1] = id end
    end
  end
  if #left > 0 then redis.call('HSET', KEYS[1], 'g_deferred', cjson.encode(left))
  else redis.call('HDEL', KEYS[1], 'g_deferred') end
end
if tonumber(ARGV[9]) > 0 then
  redis.call('INCRBY', KEYS[6], ARGV[9])
  redis.call('EXPIRE', KEYS[6], ARGV[10])
end
return seq
