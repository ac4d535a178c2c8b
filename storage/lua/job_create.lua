-- Create a job in one step: live-job guard, id allocation, hash, indexes, audit entry and
-- (optionally) its approval-expiry timer.
-- KEYS: 1 seq, 2 jobs_all, 3 pending_approval state index, 4 requester index, 5 audit,
--       6 job hash template, 7 job audit stream template, 8 timers due, 9 timers data,
--       10 split assignment template (written only when pairs follow the fields),
--       then n_member about-member indexes, n_pending pending-for indexes, n_live live guards.
-- ARGV: 1 id slot placeholder, 2 now, 3 id prefix, 4 n_member, 5 n_pending, 6 n_live,
--       7 actor, 8 audit extra json, 9 expiry due ('' = none), 10 expiry timer kind,
--       11 n field args, 12.. field/value pairs, then external_userid/successor-index pairs.
local n_member, n_pending, n_live = tonumber(ARGV[4]), tonumber(ARGV[5]), tonumber(ARGV[6])
local first_member = 11
local first_pending = first_member + n_member
local first_live = first_pending + n_pending

for i = first_live, first_live + n_live - 1 do
  local existing = redis.call('GET', KEYS[i])
  if existing then return {'duplicate', existing} end
end

local n = redis.call('INCR', KEYS[1])
if n < 1001 then
  n = 1001
  redis.call('SET', KEYS[1], n)
end
local id = ARGV[3] .. n
local slot, now = ARGV[1], ARGV[2]
local function fill(template)
  local s, e = string.find(template, slot, 1, true)
  return string.sub(template, 1, s - 1) .. id .. string.sub(template, e + 1)
end
local job_key, job_stream = fill(KEYS[6]), fill(KEYS[7])
local n_fields = tonumber(ARGV[11])
local last_field = 11 + n_fields

local hset = {'id', id, 'created_at', now, 'state', 'pending_approval', 'state_changed_at', now,
              'version', '1', 'awaited_level', '1'}
for i = 12, last_field do hset[#hset + 1] = ARGV[i] end
redis.call('HSET', job_key, unpack(hset))
if #ARGV > last_field then
  local split_key = fill(KEYS[10])
  for i = last_field + 1, #ARGV, 2000 do
    redis.call('HSET', split_key, unpack(ARGV, i, math.min(i + 1999, #ARGV)))
  end
end

for _, k in ipairs({KEYS[2], KEYS[3], KEYS[4]}) do redis.call('ZADD', k, now, id) end
for i = first_member, first_pending - 1 do redis.call('ZADD', KEYS[i], now, id) end
for i = first_pending, first_live - 1 do redis.call('ZADD', KEYS[i], now, id) end
for i = first_live, first_live + n_live - 1 do redis.call('SET', KEYS[i], id) end

if ARGV[9] ~= '' then
  -- same record shape as storage/timers.py writes; timer id = "<kind>:<job id>"
  local kind = ARGV[10]
  local timer_id = kind .. ':' .. id
  local record = '{"kind":' .. cjson.encode(kind) .. ',"due":' .. ARGV[9] ..
                 ',"payload":{"job_id":' .. cjson.encode(id) .. '}}'
  redis.call('HSET', KEYS[9], timer_id, record)
  redis.call('ZADD', KEYS[8], ARGV[9], timer_id)
end

audit(KEYS[5], job_stream, now, ARGV[7], 'create', id, '', 'pending_approval', '', ARGV[8])
return {'created', redis.call('HGETALL', job_key)}
