-- The approval CAS. Authorization first (separation of duties, approver lists, two-person rule),
-- then "first valid click wins". Refused attempts change nothing but the audit log.
-- KEYS: 1 job, 2 audit, 3 job audit stream, 4.. one index per state (order of ARGV[7]),
--       then n_live live guards, n_p1 level-1 pending-for indexes, n_p2 level-2 pending-for indexes.
-- ARGV: 1 job id, 2 actor, 3 decision (approve|reject), 4 level (1|2), 5 now, 6 note,
--       7 state names csv, 8 n_live, 9 n_p1, 10 n_p2, then n_p2 userids aligned with their keys.
local job_key, job_id, actor, decision, now, note = KEYS[1], ARGV[1], ARGV[2], ARGV[3], ARGV[5], ARGV[6]
local level = tonumber(ARGV[4])
if redis.call('EXISTS', job_key) == 0 then return {'refused', 'not_found'} end

local names = split(ARGV[7])
local smap = state_keys(ARGV[7], 4)
local n_live, n_p1, n_p2 = tonumber(ARGV[8]), tonumber(ARGV[9]), tonumber(ARGV[10])
local first_live = 4 + #names
local first_p1 = first_live + n_live
local first_p2 = first_p1 + n_p1

local f = redis.call('HMGET', job_key, 'state', 'awaited_level', 'approvers', 'second_approvers',
  'requester', 'handover', 'takeover', 'approvals', 'decision', 'decided_by', 'decided_at',
  'needs_second_approval', 'created_at', 'takeovers')
local state, awaited = f[1], tonumber(f[2] or '0')
local approvers, second = as_set(cjson.decode(f[3])), as_set(cjson.decode(f[4] or '[]'))
local approvals = f[8] or '[]'
local first_approver = nil
for _, a in ipairs(cjson.decode(approvals)) do
  if a['level'] == 1 then first_approver = a['userid'] end
end

local extra = cjson.encode({level = level, decision = decision})
local function refuse(reason)
  audit(KEYS[2], KEYS[3], now, actor, 'decide_refused', job_id, state, state, reason, extra)
  return {'refused', reason, redis.call('HGETALL', job_key)}
end

if actor == f[5] or actor == f[6] or actor == f[7] then return refuse('separation_of_duties') end
-- a split job: none of its successors approves either
if f[14] and as_set(cjson.decode(f[14]))[actor] then return refuse('separation_of_duties') end
if level == 1 and not approvers[actor] then return refuse('not_approver') end
if level == 2 and not second[actor] then return refuse('not_approver') end

if state ~= 'pending_approval' then
  return {'already', f[9] or state, f[10] or '', f[11] or '', redis.call('HGETALL', job_key)}
end
if level == 1 and awaited == 2 then
  -- level 1 was already given; the caller reads who and when from the approvals list
  return {'already', 'approve', '', '', redis.call('HGETALL', job_key)}
end
if level == 2 and awaited ~= 2 then return refuse('wrong_level') end
if level == 2 and actor == first_approver then return refuse('same_approver') end

local function append_approval()
  local entry = '{"userid":' .. cjson.encode(actor) .. ',"at":' .. now .. ',"level":' .. level .. '}'
  if approvals == '[]' then return '[' .. entry .. ']' end
  return string.sub(approvals, 1, -2) .. ',' .. entry .. ']'
end

local outcome, to
if decision == 'reject' then
  outcome, to = 'rejected', 'rejected'
  redis.call('HSET', job_key, 'state', to, 'state_changed_at', now, 'decision', 'reject',
    'decided_by', actor, 'decided_at', now)
  if note ~= '' then redis.call('HSET', job_key, 'decision_note', note) end
elseif level == 1 and f[12] == '1' then
  outcome, to = 'awaiting_second', 'pending_approval'
  redis.call('HSET', job_key, 'approvals', append_approval(), 'awaited_level', '2')
else
  outcome, to = 'approved', 'approved'
  redis.call('HSET', job_key, 'state', to, 'state_changed_at', now, 'decision', 'approve',
    'decided_by', actor, 'decided_at', now, 'approvals', append_approval())
end
redis.call('HINCRBY', job_key, 'version', 1)

if to == 'pending_approval' then
  -- level 1 is done; level 2 is now awaited by the second approvers (never the first approver)
  zrem_all(first_p1, n_p1, job_id)
  for i = 0, n_p2 - 1 do
    if ARGV[11 + i] ~= actor then redis.call('ZADD', KEYS[first_p2 + i], f[13], job_id) end
  end
else
  redis.call('HDEL', job_key, 'awaited_level')
  zrem_all(first_p1, n_p1, job_id)
  zrem_all(first_p2, n_p2, job_id)
  move_state(smap, job_key, job_id, state, to)
  if to == 'rejected' then release_guards(first_live, n_live, job_id) end
end

audit(KEYS[2], KEYS[3], now, actor, decision, job_id, state, to, note, extra)
return {'applied', outcome, redis.call('HGETALL', job_key)}
