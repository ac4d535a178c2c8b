-- Hand due timers to one owner under a lease. Expired leases (a crashed owner) are due again.
-- KEYS: 1 due, 2 inflight, 3 data, 4 owner, 5 attempts
-- ARGV: 1 now, 2 limit, 3 lease until, 4 owner
local now = ARGV[1]
local expired = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', now, 'WITHSCORES')
for i = 1, #expired, 2 do
  redis.call('ZREM', KEYS[2], expired[i])
  redis.call('HDEL', KEYS[4], expired[i])
  redis.call('ZADD', KEYS[1], expired[i + 1], expired[i])
end

local out = {}
local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[2]))
for _, id in ipairs(ids) do
  redis.call('ZREM', KEYS[1], id)
  local record = redis.call('HGET', KEYS[3], id)
  if record then
    redis.call('ZADD', KEYS[2], ARGV[3], id)
    redis.call('HSET', KEYS[4], id, ARGV[4])
    local attempt = redis.call('HINCRBY', KEYS[5], id, 1)
    out[#out + 1] = {id, record, attempt}
  end
end
return out
