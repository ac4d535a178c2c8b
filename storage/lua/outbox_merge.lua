-- Replace the first n entries of a member's queue by one (coalescing), if they are still those.
-- KEYS: 1 queue. ARGV: 1 merged entry json, 2.. the ids expected at the head, in order.
local n = #ARGV - 1
local head = redis.call('LRANGE', KEYS[1], 0, n - 1)
if #head ~= n then return 0 end
for i = 1, n do
  if cjson.decode(head[i])['id'] ~= ARGV[i + 1] then return 0 end
end
redis.call('LTRIM', KEYS[1], n, -1)
redis.call('LPUSH', KEYS[1], ARGV[1])
return 1
