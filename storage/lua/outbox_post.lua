-- Messages into members' outboxes, each at most once per entry id.
-- KEYS: 1 due, then (queue, seen) per entry. ARGV: 1 unused, then (userid, entry json) per entry.
local n = 0
for i = 2, #ARGV, 2 do
  local j = i  -- ARGV index of the userid; its keys are at 2 + (i - 2) and 3 + (i - 2)
  n = n + outbox_push(KEYS[1], KEYS[j], KEYS[j + 1], ARGV[j], ARGV[j + 1])
end
return n
