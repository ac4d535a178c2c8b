-- Begin a batch: checkpoint "batch <seq> in flight (ids)" BEFORE the API call, only while the
-- caller still holds the job lease. Items found not to be sendable (skipped) are settled here.
-- KEYS: 1 meta, 2 items, 3 lease, 4 batch log, 5 job hash, 6 group-day counter
-- ARGV: 1 lease token, 2 kind (c|g), 3 cursor field ('' = none), 4 new cursor value, 5 now,
--       6 holder, 7 ids (json list), 8 skipped (json {field: item json}), 9 day add, 10 day ttl s,
--       11 deferred ids consumed (json list), 12 the job state required ('' = any)
-- Returns the batch seq, 0 when only skipped items were settled, -1 lease lost, -2 job not in
-- the required state (a person stopped it between batches).
if redis.call('GET', KEYS[3]) ~= ARGV[1] then return -1 end
if ARGV[12] ~= '' and redis.call('HGET', KEYS[5], 'state') ~= ARGV[12] then return -2 end
local kind, now = ARGV[2], ARGV[5]
local ids = cjson.decode(ARGV[7])

local function hset_chunked(key, flat)
  for i = 1, #flat, 1000 do
    redis.call('HSET', key, unpack(flat, i, math.min(i + 999, #flat)))
  end
end

local seq = 0
if #ids > 0 then
  seq = redis.call('HINCRBY', KEYS[1], 'seq', 1)
  redis.call('HSET', KEYS[1], 'inflight:' .. seq, cjson.encode({k = kind, ids = ids, at = now}))
  local state = cjson.encode({k = kind, s = 'inflight', b = seq})
  local flat = {}
  for _, id in ipairs(ids) do flat[#flat + 1] = kind .. ':' .. id; flat[#flat + 1] = state end
  hset_chunked(KEYS[2], flat)
  redis.call('RPUSH', KEYS[4], seq .. '|' .. kind .. '|' .. #ids .. '|' .. ARGV[6] .. '|' .. now)
end
local flat, n_skipped = {}, 0
for field, json in pairs(cjson.decode(ARGV[8])) do
  flat[#flat + 1] = field; flat[#flat + 1] = json; n_skipped = n_skipped + 1
end
if n_skipped > 0 then
  hset_chunked(KEYS[2], flat)
  redis.call('HINCRBY', KEYS[5], 'x_skipped', n_skipped)
end
if ARGV[3] ~= '' then redis.call('HSET', KEYS[1], ARGV[3], ARGV[4]) end
local consumed = cjson.decode(ARGV[11])
if #consumed > 0 then
  local gone, left = {}, {}
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
