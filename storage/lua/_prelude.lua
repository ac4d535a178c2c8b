-- Shared helpers for the job scripts (prepended by storage/lua/__init__.py).

local function split(csv)
  local out = {}
  for item in string.gmatch(csv, '[^,]+') do out[#out + 1] = item end
  return out
end

local function as_set(list)
  local set = {}
  for _, v in ipairs(list) do set[v] = true end
  return set
end

-- The audit chain (storage/audit_chain.py has the same encoding): each entry of the global stream
-- carries its sequence number, the previous entry's hash and its own hash, SHA-256 over the
-- canonical encoding of (seq, prev, the entry's fields) — "name TAB byte-length TAB value LF" each,
-- in this order. The head is the stream's newest entry; an empty stream (or one whose newest entry
-- predates the chain) starts at seq 1 after the genesis hash.
local AUDIT_GENESIS = string.rep('0', 64)
local AUDIT_FIELDS = {'seq', 'prev', 'ts', 'actor', 'action', 'job_id', 'from_state', 'to_state', 'note', 'extra'}

local function audit_head(global_key)
  local last = redis.call('XREVRANGE', global_key, '+', '-', 'COUNT', 1)
  local seq, hash = 0, AUDIT_GENESIS
  if #last > 0 then
    local f = last[1][2]
    local s, h
    for i = 1, #f, 2 do
      if f[i] == 'seq' then s = tonumber(f[i + 1]) elseif f[i] == 'hash' then h = f[i + 1] end
    end
    if s and h then seq, hash = s, h end
  end
  return seq, hash
end

-- One audit entry, chained, written to the global stream and to the job's own stream.
local function audit(global_key, job_stream, ts, actor, action, job_id, from_state, to_state, note, extra)
  local seq, prev = audit_head(global_key)
  local values = {seq = tostring(seq + 1), prev = prev, ts = tostring(ts), actor = actor, action = action,
                  job_id = job_id, from_state = from_state, to_state = to_state, note = note, extra = extra}
  local parts, fields = {}, {}
  for _, name in ipairs(AUDIT_FIELDS) do
    local v = tostring(values[name] or '')
    parts[#parts + 1] = name .. '\t' .. #v .. '\t' .. v .. '\n'
    fields[#fields + 1] = name
    fields[#fields + 1] = v
  end
  fields[#fields + 1] = 'hash'
  fields[#fields + 1] = sha256_hex(table.concat(parts))
  local id = redis.call('XADD', global_key, '*', unpack(fields))
  if job_stream then redis.call('XADD', job_stream, '*', unpack(fields)) end
  return id
end

-- state name -> index key, from the parallel lists given by the caller.
local function state_keys(names_csv, first_key_index)
  local map = {}
  for i, name in ipairs(split(names_csv)) do map[name] = KEYS[first_key_index + i - 1] end
  return map
end

local function move_state(map, job_key, job_id, from_state, to_state)
  if from_state == to_state then return end
  local created = redis.call('HGET', job_key, 'created_at')
  redis.call('ZREM', map[from_state], job_id)
  redis.call('ZADD', map[to_state], created, job_id)
end

local function release_guards(first, count, job_id)
  for i = first, first + count - 1 do
    if redis.call('GET', KEYS[i]) == job_id then redis.call('DEL', KEYS[i]) end
  end
end

local function zrem_all(first, count, job_id)
  for i = first, first + count - 1 do redis.call('ZREM', KEYS[i], job_id) end
end

-- One message into a member's durable outbox, once per entry id (the seen marker, 30 days):
-- a step that runs again (a crash before its caller moved on) adds nothing. A member already
-- waiting for a later time (budget) keeps that time. Due times are Redis' wall clock (the budget's
-- clock), not the caller's (a test's manual clock may be days ahead).
local OUTBOX_SEEN_TTL = 30 * 86400
local function outbox_push(due_key, queue_key, seen_key, userid, entry)
  if not redis.call('SET', seen_key, '1', 'NX', 'EX', OUTBOX_SEEN_TTL) then return 0 end
  redis.call('RPUSH', queue_key, entry)
  local t = redis.call('TIME')
  redis.call('ZADD', due_key, 'NX', tonumber(t[1]) + tonumber(t[2]) / 1e6, userid)
  return 1
end
