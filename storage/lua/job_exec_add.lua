-- Add to a job's execution counters (never creates a stub hash for an unknown job).
-- KEYS: 1 job; ARGV: field/delta pairs
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
for i = 1, #ARGV, 2 do redis.call('HINCRBY', KEYS[1], ARGV[i], ARGV[i + 1]) end
return 1
