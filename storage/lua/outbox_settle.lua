-- After delivering one member's messages: drop the delivered head (when ARGV[1] names it), then
-- come back at ARGV[2] if anything is left, else leave the due set.
-- KEYS: 1 queue, 2 due. ARGV: 1 delivered entry id ('' = none), 2 next try, 3 userid.
if ARGV[1] ~= '' then
  local head = redis.call('LINDEX', KEYS[1], 0)
  if head and cjson.decode(head)['id'] == ARGV[1] then redis.call('LPOP', KEYS[1]) end
end
if redis.call('LLEN', KEYS[1]) == 0 then
  redis.call('ZREM', KEYS[2], ARGV[3])
elseif ARGV[2] ~= '' then
  redis.call('ZADD', KEYS[2], ARGV[2], ARGV[3])
end
return redis.call('LLEN', KEYS[1])
