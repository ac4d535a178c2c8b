-- One finished chunk of a full customer backup, written only by the lease holder and only once
-- (a slower, superseded instance writes nothing). Chunks finish in any order: the run hash marks
-- each done one ("done:<i>"), and a resumed run redoes only the others.
-- A member with no rows keeps their latest view (someone deleted meanwhile reads as empty; their
-- last real backup must survive); the generation records what the run saw.
-- KEYS: 1 lease, 2 run, 3 generation, 4 latest index, then per member i: 3 + 2i latest, 4 + 2i changes.
-- ARGV: 1 holder, 2 chunk index, 3 at, 4 members n; then per member: userid, blob, customers m.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
local done = 'done:' .. ARGV[2]
if redis.call('HEXISTS', KEYS[2], done) == 1 then return 0 end
local pos = 5
local total = 0
for i = 1, tonumber(ARGV[4]) do
  local user, blob, m = ARGV[pos], ARGV[pos + 1], tonumber(ARGV[pos + 2])
  pos = pos + 3
  total = total + m
  redis.call('HSET', KEYS[3], user, blob)
  if m > 0 then
    -- the walk saw every earlier event's effect, so its book replaces them (an event that lands
    -- between the walk and this write is lost until the member's next event or the next run)
    redis.call('SET', KEYS[3 + 2 * i], blob)
    redis.call('DEL', KEYS[4 + 2 * i])
    redis.call('HSET', KEYS[4], user, ARGV[3])
  end
end
redis.call('HSET', KEYS[2], done, ARGV[3])
redis.call('HINCRBY', KEYS[2], 'members', tonumber(ARGV[4]))
redis.call('HINCRBY', KEYS[2], 'customers', total)
return 1
