-- KEYS: 1 due, 2 inflight, 3 data, 4 owner, 5 attempts
-- ARGV: 1 timer id, 2 due (unix s), 3 record json, 4 replace (1|0)
local id = ARGV[1]
if ARGV[4] == '0' and redis.call('HEXISTS', KEYS[3], id) == 1 then return 0 end
redis.call('HSET', KEYS[3], id, ARGV[3])
-- a reschedule supersedes a claimed instance: its complete() then leaves the new one alone
redis.call('ZREM', KEYS[2], id)
redis.call('HDEL', KEYS[4], id)
redis.call('HDEL', KEYS[5], id)
redis.call('ZADD', KEYS[1], ARGV[2], id)
return 1
