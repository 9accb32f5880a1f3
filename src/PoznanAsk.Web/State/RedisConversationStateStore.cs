using System.Text.Json;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.DirectLine;
using StackExchange.Redis;

namespace PoznanAsk.Web.State;

/// <summary>
/// The <see cref="IConversationStateStore"/> replicas share: the same state and retention rules as
/// <see cref="SqliteConversationStateStore"/>, in one Redis. Layout under the key prefix <c>p</c>:
/// <list type="bullet">
/// <item><c>p dl:c:{id}</c> hash (user, next sequence, last active) and <c>p dl:a:{id}</c> list of the latest
/// activities' JSON (trimmed to the cap; the first one's sequence is next − length); <c>p dl:active</c> sorted set
/// by last activity, for the conversation cap and the sweep.</item>
/// <item><c>p bot:{channel}\n{conversation}</c> hash (reference, welcomed, last active); <c>p bot:active</c>.</item>
/// <item><c>p fu:{key}</c> hash (context JSON, updated); <c>p fu:recent</c>. <c>p feedback</c>: a capped list.</item>
/// </list>
/// Idleness is decided by the stored times from the host's <see cref="TimeProvider"/>, exactly as in SQLite (so one
/// contract test covers both); every key also has a TTL a little longer than its idle limit, so Redis drops what
/// no sweep reached (a replica that died). Every read-modify-write is one Lua script (<see cref="RedisScripts"/>).
/// </summary>
internal sealed class RedisConversationStateStore(RedisConnection redis, StateRetention retention, TimeProvider time) : IConversationStateStore
{
    // TTLs outlive the idle limits: activity is marked at most once a minute, the stored time decides idleness.
    private static readonly TimeSpan TtlMargin = TimeSpan.FromMinutes(5);
    private const int MaxAppendAttempts = 100;
    private readonly string _prefix = redis.KeyPrefix;
    private readonly RedisKey _dlActive = redis.KeyPrefix + "dl:active";
    private readonly RedisKey _botActive = redis.KeyPrefix + "bot:active";
    private readonly RedisKey _followUpsRecent = redis.KeyPrefix + "fu:recent";
    private readonly RedisKey _feedback = redis.KeyPrefix + "feedback";
    private readonly string _botPrefix = redis.KeyPrefix + "bot:";
    private readonly string _followUpPrefix = redis.KeyPrefix + "fu:";
    private static readonly string DirectLineMember = DirectLineConversation.ChannelId + "\n";

    private long Now => time.GetUtcNow().ToUnixTimeMilliseconds();

    public async ValueTask<bool> StartDirectLineAsync(string conversationId, string userId, CancellationToken cancellationToken)
    {
        var result = await Run(db => db.ScriptEvaluateAsync(RedisScripts.StartDirectLine, DirectLineKeys(conversationId),
            [conversationId, userId, Now, retention.MaxDirectLineConversations, Ttl(retention.DirectLineIdle), _prefix, DirectLineMember]));
        return (int)result == 1;
    }

    public async ValueTask<string?> FindDirectLineAsync(string conversationId, CancellationToken cancellationToken)
    {
        var now = Now;
        var result = await Run(db => db.ScriptEvaluateAsync(RedisScripts.FindDirectLine, DirectLineKeys(conversationId),
            [conversationId, now, now - (long)retention.DirectLineIdle.TotalMilliseconds, now - 60_000, Ttl(retention.DirectLineIdle)]));
        return result.IsNull ? null : (string?)result;
    }

    public async ValueTask<long?> AppendActivityAsync(string conversationId, Func<long, string> stamp, CancellationToken cancellationToken)
    {
        var keys = DirectLineKeys(conversationId);
        for (var attempt = 0; attempt < MaxAppendAttempts; attempt++)
        {
            // Optimistic: stamp with the next sequence, append only if no other append took it meanwhile.
            var next = await Run(db => db.HashGetAsync(keys[0], "next"));
            if (next.IsNull)
            {
                return null;
            }

            var seq = (long)next;
            var result = (int)await Run(db => db.ScriptEvaluateAsync(RedisScripts.AppendActivity, keys,
                [conversationId, seq, stamp(seq), Now, Ttl(retention.DirectLineIdle), retention.MaxActivitiesPerConversation]));
            switch (result)
            {
                case 1:
                    return seq;
                case -1:
                    return null;
            }

            cancellationToken.ThrowIfCancellationRequested();
        }

        throw new InvalidOperationException($"Could not append to Direct Line conversation {conversationId}: {MaxAppendAttempts} concurrent appends took the sequence first.");
    }

    public async ValueTask<ActivityPage?> ActivitiesSinceAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        var keys = DirectLineKeys(conversationId);
        var result = await Run(db => db.ScriptEvaluateAsync(RedisScripts.ActivitiesSince, [keys[0], keys[1]], [watermark]));
        if (result.IsNull)
        {
            return null;
        }

        var items = (RedisResult[])result!;
        var activities = new List<string>(items.Length - 1);
        for (var i = 1; i < items.Length; i++)
        {
            activities.Add((string)items[i]!);
        }

        return new ActivityPage(activities, (long)items[0]);
    }

    public async ValueTask SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var member = BotMember(reference.ChannelId, reference.ConversationId);
        await Run(db => db.ScriptEvaluateAsync(RedisScripts.SaveReference, [_botPrefix + member, _botActive],
            [member, JsonSerializer.Serialize(reference, StateJsonContext.Default.ConversationReference), Now, Ttl(retention.BotConversationIdle), retention.MaxBotConversations, _botPrefix]));
    }

    public async ValueTask<ConversationReference?> FindReferenceAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var json = await Run(db => db.HashGetAsync(_botPrefix + BotMember(channelId, conversationId), "ref"));
        return json.IsNullOrEmpty ? null : JsonSerializer.Deserialize((string)json!, StateJsonContext.Default.ConversationReference);
    }

    public async ValueTask<bool> TryMarkWelcomedAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var member = BotMember(channelId, conversationId);
        var result = await Run(db => db.ScriptEvaluateAsync(RedisScripts.MarkWelcomed, [_botPrefix + member, _botActive],
            [member, Now, Ttl(retention.BotConversationIdle), retention.MaxBotConversations, _botPrefix]));
        return (int)result == 1;
    }

    public async ValueTask ForgetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        var member = BotMember(channelId, conversationId);
        var followUp = FollowUpKeys.For(channelId, conversationId);
        var directLine = channelId == DirectLineConversation.ChannelId;
        await Run(async db =>
        {
            var tx = db.CreateTransaction();
            var deletes = new List<Task>
            {
                tx.KeyDeleteAsync([_botPrefix + member, _followUpPrefix + followUp]),
                tx.SortedSetRemoveAsync(_botActive, member),
                tx.SortedSetRemoveAsync(_followUpsRecent, followUp),
            };
            if (directLine)
            {
                deletes.Add(tx.KeyDeleteAsync(DirectLineKeys(conversationId)[..2]));
                deletes.Add(tx.SortedSetRemoveAsync(_dlActive, conversationId));
            }

            await tx.ExecuteAsync().ConfigureAwait(false);
            await Task.WhenAll(deletes).ConfigureAwait(false);
            return true;
        });
    }

    public async ValueTask AddFeedbackAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(feedback, StateJsonContext.Default.Feedback);
        await Run(async db =>
        {
            var tx = db.CreateTransaction();
            var push = tx.ListRightPushAsync(_feedback, json);
            var trim = tx.ListTrimAsync(_feedback, -retention.MaxFeedback, -1);
            await tx.ExecuteAsync().ConfigureAwait(false);
            await Task.WhenAll(push, trim).ConfigureAwait(false);
            return true;
        });
    }

    public async ValueTask<IReadOnlyList<Feedback>> RecentFeedbackAsync(int max, CancellationToken cancellationToken)
    {
        if (max <= 0)
        {
            return [];
        }

        var values = await Run(db => db.ListRangeAsync(_feedback, -max, -1));
        var list = new List<Feedback>(values.Length);
        foreach (var value in values)
        {
            if (JsonSerializer.Deserialize((string)value!, StateJsonContext.Default.Feedback) is { } f)
            {
                list.Add(f);
            }
        }

        return list;
    }

    public async ValueTask<FollowUpContext?> LoadFollowUpAsync(string key, CancellationToken cancellationToken)
    {
        var values = await Run(db => db.HashGetAsync(_followUpPrefix + key, ["json", "updated"]));
        var fresh = !values[1].IsNull && (long)values[1] >= Now - (long)retention.FollowUpIdle.TotalMilliseconds;
        return fresh ? FollowUpContext.FromJson(values[0]) : null;
    }

    public async ValueTask SaveFollowUpAsync(string key, FollowUpContext context, CancellationToken cancellationToken) =>
        await Run(db => db.ScriptEvaluateAsync(RedisScripts.SaveFollowUp, [_followUpPrefix + key, _followUpsRecent],
            [key, context.ToJson(), Now, Ttl(retention.FollowUpIdle), retention.MaxBotConversations + retention.MaxDirectLineConversations, _followUpPrefix]));

    public async ValueTask ForgetFollowUpAsync(string key, CancellationToken cancellationToken) =>
        await Run(async db =>
        {
            var tx = db.CreateTransaction();
            var delete = tx.KeyDeleteAsync(_followUpPrefix + key);
            var remove = tx.SortedSetRemoveAsync(_followUpsRecent, key);
            await tx.ExecuteAsync().ConfigureAwait(false);
            await Task.WhenAll(delete, remove).ConfigureAwait(false);
            return true;
        });

    public async ValueTask<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = Now;
        var result = await Run(db => db.ScriptEvaluateAsync(RedisScripts.Sweep, [_dlActive, _botActive, _followUpsRecent],
            [now - (long)retention.DirectLineIdle.TotalMilliseconds, now - (long)retention.BotConversationIdle.TotalMilliseconds,
             now - (long)retention.FollowUpIdle.TotalMilliseconds, _prefix, DirectLineMember]));
        return (int)result;
    }

    public async ValueTask<string> DescribeAsync(CancellationToken cancellationToken)
    {
        var latency = await Run(db => db.PingAsync());
        return $"conversation state in Redis at {redis.Endpoints} (ping {latency.TotalMilliseconds:0.0} ms)";
    }

    // Redis down or too slow is an outage, not a bug: callers answer 503 and readiness turns red. A script error
    // (RedisServerException) is a bug and is left alone.
    private async Task<T> Run<T>(Func<IDatabase, Task<T>> command)
    {
        try
        {
            return await command(redis.Database).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is RedisConnectionException or RedisTimeoutException)
        {
            throw new StateStoreUnavailableException($"Redis at {redis.Endpoints} is unavailable ({ex.GetType().Name}).", ex);
        }
    }

    private RedisKey[] DirectLineKeys(string conversationId) => [_prefix + "dl:c:" + conversationId, _prefix + "dl:a:" + conversationId, _dlActive];

    private static string BotMember(string channelId, string conversationId) => channelId + "\n" + conversationId;

    private static long Ttl(TimeSpan idle) => (long)(idle + TtlMargin).TotalMilliseconds;
}
