-- The run's uploaded file: the first media_id stored wins while it is still valid, so two
-- instances that both uploaded send the same media_id (and the platform's duplicate check drops
-- the second, identical send). A stale one (older than ARGV[3]) is replaced.
-- KEYS: run hash. ARGV: media_id, uploaded at, stale before. Returns the media_id to use.
local current = redis.call('HGET', KEYS[1], 'media_id')
local at = tonumber(redis.call('HGET', KEYS[1], 'media_at') or '0')
if current and at and at > tonumber(ARGV[3]) then return current end
redis.call('HSET', KEYS[1], 'media_id', ARGV[1], 'media_at', ARGV[2])
return ARGV[1]
