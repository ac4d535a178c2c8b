-- A lease on one key (the engine's job leases, the long connection's holder): one script, three actions,
-- compare-and-set on the holder token, which is also the fencing token its writes compare.
-- KEYS: 1 lease. ARGV: 1 action (acquire|renew|release), 2 token, 3 ttl ms, 4 instance prefix.
-- acquire: free, or held by this token, or by a dead process of the same instance id (prefix).
local cur = redis.call('GET', KEYS[1])
local action, token = ARGV[1], ARGV[2]
if action == 'acquire' then
  local prefix = ARGV[4]
  if (not cur) or cur == token or (prefix ~= '' and string.sub(cur, 1, #prefix) == prefix) then
    redis.call('SET', KEYS[1], token, 'PX', ARGV[3])
    return 1
  end
  return 0
elseif action == 'renew' then
  if cur == token then
    redis.call('PEXPIRE', KEYS[1], ARGV[3])
    return 1
  end
  return 0
elseif action == 'release' then
  if cur == token then
    redis.call('DEL', KEYS[1])
    return 1
  end
  return 0
end
return redis.error_reply('unknown lease action')
