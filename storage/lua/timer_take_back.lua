-- A restarted instance takes back the timers its dead incarnation had claimed (owner
-- '<instance>:<incarnation>'), instead of waiting out their leases. The new owner's own claims and
-- other instances' are left alone; the old owner's later settle is refused (owner compare).
-- KEYS: 1 due, 2 inflight, 3 data, 4 owner. ARGV: 1 instance prefix ('<instance>:'), 2 current owner, 3 now
local owners = redis.call('HGETALL', KEYS[4])
local n = 0
for i = 1, #owners, 2 do
  local id, owner = owners[i], owners[i + 1]
  if owner ~= ARGV[2] and string.sub(owner, 1, #ARGV[1]) == ARGV[1] then
    redis.call('ZREM', KEYS[2], id)
    redis.call('HDEL', KEYS[4], id)
    if redis.call('HEXISTS', KEYS[3], id) == 1 then redis.call('ZADD', KEYS[1], ARGV[3], id) end
    n = n + 1
  end
end
return n
