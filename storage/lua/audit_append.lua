-- An audit entry that changes no job (engine notes, refused clicks, startup settings), chained.
-- KEYS: global stream, [job stream]. ARGV: ts, actor, action, job_id, from, to, note, extra.
local job_stream = nil
if #KEYS > 1 then job_stream = KEYS[2] end
return audit(KEYS[1], job_stream, ARGV[1], ARGV[2], ARGV[3], ARGV[4], ARGV[5], ARGV[6], ARGV[7], ARGV[8])
