namespace PoznanAsk.Web.State;

/// <summary>
/// The Lua scripts of <see cref="RedisConversationStateStore"/>: each read-modify-write runs as one script, so
/// replicas never see half a change (Redis runs a script alone). Times are Unix milliseconds from the host's
/// <see cref="TimeProvider"/> (ticks would not fit Lua's doubles); every key is given by the caller except the
/// ones a bound evicts, which are formed from the prefix in <c>ARGV</c> — so the store needs one Redis (or a
/// primary with replicas), not Redis Cluster.
/// </summary>
internal static class RedisScripts
{
    // Removes the oldest members of sorted set `z` beyond `max`, with the keys `keyPrefix .. member`.
    private const string Trim = """
        local function trim(z, max, keyPrefix)
          local extra = redis.call('ZCARD', z) - max
          if extra > 0 then
            for _, m in ipairs(redis.call('ZRANGE', z, 0, extra - 1)) do redis.call('DEL', keyPrefix .. m) end
            redis.call('ZREMRANGEBYRANK', z, 0, extra - 1)
          end
        end
        """;

    /// <summary>KEYS: conversation, activities, active set. ARGV: id, user, now, max conversations, ttl ms, prefix, bot member prefix.
    /// 1 = started, 0 = already there. Evicts the least recently active conversations first.</summary>
    public const string StartDirectLine = """
        if redis.call('EXISTS', KEYS[1]) == 1 then return 0 end
        local evict = redis.call('ZCARD', KEYS[3]) - tonumber(ARGV[4]) + 1
        if evict > 0 then
          for _, id in ipairs(redis.call('ZRANGE', KEYS[3], 0, evict - 1)) do
            redis.call('DEL', ARGV[6] .. 'dl:c:' .. id, ARGV[6] .. 'dl:a:' .. id, ARGV[6] .. 'bot:' .. ARGV[7] .. id)
            redis.call('ZREM', ARGV[6] .. 'bot:active', ARGV[7] .. id)
          end
          redis.call('ZREMRANGEBYRANK', KEYS[3], 0, evict - 1)
        end
        redis.call('HSET', KEYS[1], 'user', ARGV[2], 'next', 0, 'active', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        redis.call('ZADD', KEYS[3], ARGV[3], ARGV[1])
        return 1
        """;

    /// <summary>KEYS: conversation, activities, active set. ARGV: id, now, idle cutoff, stale mark, ttl ms.
    /// The user, or nil when unknown or idle; marks activity at most once a minute.</summary>
    public const string FindDirectLine = """
        local v = redis.call('HMGET', KEYS[1], 'user', 'active')
        if not v[1] or tonumber(v[2]) < tonumber(ARGV[3]) then return false end
        if tonumber(v[2]) < tonumber(ARGV[4]) then
          redis.call('HSET', KEYS[1], 'active', ARGV[2])
          redis.call('PEXPIRE', KEYS[1], ARGV[5])
          redis.call('PEXPIRE', KEYS[2], ARGV[5])
          redis.call('ZADD', KEYS[3], ARGV[2], ARGV[1])
        end
        return v[1]
        """;

    /// <summary>KEYS: conversation, activities, active set. ARGV: id, expected sequence, json, now, ttl ms, max activities.
    /// 1 = appended, -1 = no such conversation, -2 = another append took the sequence (read it again and retry).</summary>
    public const string AppendActivity = """
        local next = redis.call('HGET', KEYS[1], 'next')
        if not next then return -1 end
        if tonumber(next) ~= tonumber(ARGV[2]) then return -2 end
        redis.call('HSET', KEYS[1], 'next', tonumber(next) + 1, 'active', ARGV[4])
        redis.call('RPUSH', KEYS[2], ARGV[3])
        redis.call('LTRIM', KEYS[2], -tonumber(ARGV[6]), -1)
        redis.call('PEXPIRE', KEYS[1], ARGV[5])
        redis.call('PEXPIRE', KEYS[2], ARGV[5])
        redis.call('ZADD', KEYS[3], ARGV[4], ARGV[1])
        return 1
        """;

    /// <summary>KEYS: conversation, activities. ARGV: watermark. Nil when the conversation is gone, else
    /// { next sequence, activity… } (the list holds the latest activities, so its first is next − length).</summary>
    public const string ActivitiesSince = """
        local next = redis.call('HGET', KEYS[1], 'next')
        if not next then return false end
        local len = redis.call('LLEN', KEYS[2])
        local from = math.max(0, tonumber(ARGV[1]) - (tonumber(next) - len))
        if from >= len then return { next } end
        local items = redis.call('LRANGE', KEYS[2], from, -1)
        table.insert(items, 1, next)
        return items
        """;

    /// <summary>KEYS: reference hash, active set. ARGV: member, reference json, now, ttl ms, max, key prefix of members.</summary>
    public const string SaveReference = Trim + """

        redis.call('HSET', KEYS[1], 'ref', ARGV[2], 'active', ARGV[3])
        redis.call('HSETNX', KEYS[1], 'welcomed', 0)
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
        trim(KEYS[2], tonumber(ARGV[5]), ARGV[6])
        return 1
        """;

    /// <summary>KEYS: reference hash, active set. ARGV: member, now, ttl ms, max, key prefix of members. 1 the first time.</summary>
    public const string MarkWelcomed = Trim + """

        if redis.call('HGET', KEYS[1], 'welcomed') == '1' then return 0 end
        redis.call('HSET', KEYS[1], 'welcomed', 1, 'active', ARGV[2])
        redis.call('PEXPIRE', KEYS[1], ARGV[3])
        redis.call('ZADD', KEYS[2], ARGV[2], ARGV[1])
        trim(KEYS[2], tonumber(ARGV[4]), ARGV[5])
        return 1
        """;

    /// <summary>KEYS: follow-up hash, recent set. ARGV: key, json, now, ttl ms, max, key prefix of members.</summary>
    public const string SaveFollowUp = Trim + """

        redis.call('HSET', KEYS[1], 'json', ARGV[2], 'updated', ARGV[3])
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        redis.call('ZADD', KEYS[2], ARGV[3], ARGV[1])
        trim(KEYS[2], tonumber(ARGV[5]), ARGV[6])
        return 1
        """;

    /// <summary>KEYS: Direct Line set, bot set, follow-up set. ARGV: Direct Line cutoff, bot cutoff, follow-up cutoff,
    /// prefix, bot member prefix of Direct Line. Returns how many conversations (Direct Line and bot) went.</summary>
    public const string Sweep = """
        local p = ARGV[4]
        local old = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
        for _, id in ipairs(old) do
          redis.call('DEL', p .. 'dl:c:' .. id, p .. 'dl:a:' .. id, p .. 'bot:' .. ARGV[5] .. id)
          redis.call('ZREM', KEYS[2], ARGV[5] .. id)
        end
        redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', '(' .. ARGV[1])
        local bots = redis.call('ZRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[2])
        for _, m in ipairs(bots) do redis.call('DEL', p .. 'bot:' .. m) end
        redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. ARGV[2])
        for _, k in ipairs(redis.call('ZRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[3])) do redis.call('DEL', p .. 'fu:' .. k) end
        redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', '(' .. ARGV[3])
        return #old + #bots
        """;
}
