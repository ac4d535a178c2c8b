-- Settle a claimed timer, only if the caller still owns it (a reschedule or an expired lease
-- taken by another instance makes this a no-op).
-- KEYS: 1 due, 2 inflight, 3 data, 4 owner, 5 attempts, 6 parked
-- ARGV: 1 timer id, 2 owner, 3 action (complete|retry|park|extend), 4 due / lease until / parked json
local id, action = ARGV[1], ARGV[3]
if redis.call('HGET', KEYS[4], id) ~= ARGV[2] then return 0 end
if action == 'extend' then
  redis.call('ZADD', KEYS[2], 'XX', ARGV[4], id)
  return 1
end
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[4], id)
if action == 'retry' then
  redis.call('ZADD', KEYS[1], ARGV[4], id)
  return 1
end
if action == 'park' then
  local record = redis.call('HGET', KEYS[3], id)
  if record then redis.call('HSET', KEYS[6], id, ARGV[4]) end
end
redis.call('HDEL', KEYS[3], id)
redis.call('HDEL', KEYS[5], id)
return 1
