-- A command transition (not an approval): check, apply, index, audit; all or nothing.
-- KEYS: 1 job, 2 audit, 3 job audit stream, 4.. one index per state (order of ARGV[8]),
--       then n_live live guards, then n_pending pending-for indexes, then (when ARGV[12] > 0)
--       the outbox due set and (queue, seen) per notice, then (when ARGV[13] is set) the lease.
-- ARGV: 1 job id, 2 to, 3 actor, 4 now, 5 note, 6 extra json, 7 allowed-from csv,
--       8 state names csv, 9 final states csv, 10 n_live, 11 n_pending, 12 n_notices,
--       13 lease token ('' = not fenced), 14.. (userid, entry json) per notice, then field/value pairs.
-- The notices that report the change go into the outbox in the same step: applied ⇔ queued.
-- Fenced: an engine holder's change applies only while its token still holds the job's lease.
local job_key, job_id, to, actor, now = KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[4]
if redis.call('EXISTS', job_key) == 0 then return {'missing'} end

local names = split(ARGV[8])
local smap = state_keys(ARGV[8], 4)
local first_live = 4 + #names
local n_live, n_pending = tonumber(ARGV[10]), tonumber(ARGV[11])
local first_pending = first_live + n_live

local current = redis.call('HGET', job_key, 'state')
if ARGV[13] ~= '' and redis.call('GET', KEYS[#KEYS]) ~= ARGV[13] then
  return {'refused', current, redis.call('HGETALL', job_key)}
end
if not as_set(split(ARGV[7]))[current] then
  return {'refused', current, redis.call('HGETALL', job_key)}
end

local n_notices = tonumber(ARGV[12])
local first_pair = 14 + 2 * n_notices
local hset = {'state', to, 'state_changed_at', now}
for i = first_pair, #ARGV do hset[#hset + 1] = ARGV[i] end
if current == 'pending_approval' and to ~= 'pending_approval' then
  -- whoever closed the approval (cancel, expiry) is what a late click is told
  if redis.call('HEXISTS', job_key, 'decided_by') == 0 then
    hset[#hset + 1] = 'decided_by'; hset[#hset + 1] = actor
    hset[#hset + 1] = 'decided_at'; hset[#hset + 1] = now
  end
  redis.call('HDEL', job_key, 'awaited_level')
  zrem_all(first_pending, n_pending, job_id)
end
redis.call('HSET', job_key, unpack(hset))
redis.call('HINCRBY', job_key, 'version', 1)
move_state(smap, job_key, job_id, current, to)
if as_set(split(ARGV[9]))[to] then release_guards(first_live, n_live, job_id) end

if n_notices > 0 then
  local due, k = KEYS[first_pending + n_pending], first_pending + n_pending + 1
  for i = 0, n_notices - 1 do
    outbox_push(due, KEYS[k + 2 * i], KEYS[k + 2 * i + 1], ARGV[14 + 2 * i], ARGV[15 + 2 * i])
  end
end
audit(KEYS[2], KEYS[3], now, actor, 'transition', job_id, current, to, ARGV[5], ARGV[6])
return {'applied', current, redis.call('HGETALL', job_key)}
