-- The first finished report of one permission audit wins (two instances, a re-delivered timer or
-- chat event): it is stored with the run, becomes "the last audit" and gets one chained audit entry,
-- all in this step. Later callers get the stored report back.
-- KEYS: run hash, last-summary string, global audit stream.
-- ARGV: report JSON, summary JSON, run TTL seconds, ts, actor, extra JSON.
local existing = redis.call('HGET', KEYS[1], 'report')
if existing then return {0, existing} end
redis.call('HSET', KEYS[1], 'report', ARGV[1])
redis.call('EXPIRE', KEYS[1], tonumber(ARGV[3]))
redis.call('SET', KEYS[2], ARGV[2])
audit(KEYS[3], nil, ARGV[4], ARGV[5], 'permission_audit', '', '', '', '', ARGV[6])
return {1, ARGV[1]}
