-- Final statuses from polling / transfer_fail events. An item changes only while it is still
-- waiting (status 'started'), so a repeated poll or a duplicate event counts nothing twice.
-- KEYS: 1 meta, 2 items, 3 job hash
-- ARGV: 1 n, then n (field, new status, json, counter name) quadruples
-- Returns {applied, waiting after}
local applied = 0
local n = tonumber(ARGV[1])
for i = 0, n - 1 do
  local field, status, json, counter = ARGV[2 + 4 * i], ARGV[3 + 4 * i], ARGV[4 + 4 * i], ARGV[5 + 4 * i]
  local cur = redis.call('HGET', KEYS[2], field)
  if cur and cjson.decode(cur)['s'] == 'started' and status ~= 'started' then
    redis.call('HSET', KEYS[2], field, json)
    redis.call('HINCRBY', KEYS[3], 'x_' .. counter, 1)
    redis.call('HINCRBY', KEYS[1], 'waiting', -1)
    applied = applied + 1
  end
end
return {applied, tonumber(redis.call('HGET', KEYS[1], 'waiting') or '0')}
