using System.Text.Json;
using Microsoft.Data.Sqlite;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.State;

/// <summary>
/// The embedded <see cref="IConversationStateStore"/>: one SQLite file (WAL journal, so pollers read while a
/// turn writes) in the data folder, created on first use, readable by the owner only. Reads use connections kept
/// open with their prepared statements (<see cref="SqliteReaderPool"/>); writes go through one
/// <see cref="SqliteGroupWriter"/> (what is waiting commits together), and a
/// write's task completes once its transaction has committed: a turn's follow-up context and reference are in
/// the file before its reply is sent. Durability: <c>synchronous=NORMAL</c> in WAL mode — a committed write
/// survives the process being killed or restarted (it is in the WAL, which the next open replays); an OS crash
/// or power loss may lose the writes since the last checkpoint, never the file's consistency. Other processes on
/// the same file wait up to the busy timeout. Caps are enforced through row counts kept by triggers
/// (<see cref="StateSchema"/>), so trimming costs an index seek, not a scan; a write that may take a table over its
/// cap marks it, and the writer trims it once per transaction, before the commit (a cap holds at every commit, not
/// between the writes of one transaction). JSON is written before a write is queued, so the one writer's loop does
/// only SQL. Times are stored as UTC ticks.
/// </summary>
internal sealed class SqliteConversationStateStore : IConversationStateStore, IDisposable
{
    private const int SchemaVersion = 1;
    private readonly string _connectionString;
    private readonly StateRetention _retention;
    private readonly TimeProvider _time;
    private readonly SqliteGroupWriter _writer;
    private readonly SqliteReaderPool _readers;

    // Set by writes that may take a capped table over its cap; cleared by the before-commit trim (writer's loop only).
    private bool _trimBotConversations;
    private bool _trimFollowUps;

    public SqliteConversationStateStore(string path, StateRetention retention, TimeProvider time)
    {
        Path = System.IO.Path.GetFullPath(path);
        _retention = retention;
        _time = time;
        _connectionString = new SqliteConnectionStringBuilder { DataSource = Path, Mode = SqliteOpenMode.ReadWriteCreate, Pooling = true, DefaultTimeout = 10 }.ToString();
        DataFolder.EnsurePrivateFile(Path);
        using (var connection = new SqliteStatements(Open()))
        {
            Prepare(connection);
        }

        // synchronous=NORMAL is WAL's "durable across process crashes" level (see the summary); it matters to the writer only.
        var writer = Open();
        using (var pragma = writer.CreateCommand())
        {
            pragma.CommandText = "PRAGMA synchronous=NORMAL;";
            pragma.ExecuteNonQuery();
        }

        _writer = new SqliteGroupWriter(writer, TrimCapped);
        _readers = new SqliteReaderPool(Open);
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    private long Now => _time.GetUtcNow().UtcTicks;

    private void Prepare(SqliteStatements connection)
    {
        Execute(connection, "PRAGMA journal_mode=WAL;");
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), System.Globalization.CultureInfo.InvariantCulture);
        if (version > SchemaVersion)
        {
            throw new InvalidOperationException($"The state store {Path} was written by a newer PoznanAsk (schema {version}); this one reads schema {SchemaVersion}.");
        }

        Execute(connection, StateSchema.Create);
        Execute(connection, StateSchema.Count);
        Execute(connection, $"PRAGMA user_version={SchemaVersion};");
    }

    public ValueTask<bool> StartDirectLineAsync(string conversationId, string userId, CancellationToken cancellationToken) => WriteAsync(connection =>
    {
        if (Scalar(connection, "SELECT 1 FROM dl_conversations WHERE id = $id;", ("$id", conversationId)) is not null)
        {
            return false;
        }

        var evict = Count(connection, "dl_conversations") - _retention.MaxDirectLineConversations + 1;
        if (evict > 0)
        {
            Execute(connection, """
                DELETE FROM dl_activities WHERE conversation_id IN (SELECT id FROM dl_conversations ORDER BY last_active LIMIT $n);
                DELETE FROM dl_conversations WHERE id IN (SELECT id FROM dl_conversations ORDER BY last_active LIMIT $n);
                """, ("$n", evict));
        }

        Execute(connection, "INSERT INTO dl_conversations(id, user_id, next_seq, last_active) VALUES ($id, $user, 0, $now);",
            ("$id", conversationId), ("$user", userId), ("$now", Now));
        return true;
    }, cancellationToken);

    public ValueTask<string?> FindDirectLineAsync(string conversationId, CancellationToken cancellationToken)
    {
        using var lease = _readers.Rent();
        var connection = lease.Statements;
        var row = Scalar(connection, "SELECT user_id FROM dl_conversations WHERE id = $id AND last_active >= $cutoff;",
            ("$id", conversationId), ("$cutoff", Now - _retention.DirectLineIdle.Ticks)) as string;
        if (row is not null)
        {
            // Marking activity costs a write only once a minute per conversation, not per poll.
            Execute(connection, "UPDATE dl_conversations SET last_active = $now WHERE id = $id AND last_active < $stale;",
                ("$id", conversationId), ("$now", Now), ("$stale", Now - TimeSpan.TicksPerMinute));
        }

        return ValueTask.FromResult(row);
    }

    public ValueTask<long?> AppendActivityAsync(string conversationId, Func<long, string> stamp, CancellationToken cancellationToken) => WriteAsync<long?>(connection =>
    {
        if (Scalar(connection, "UPDATE dl_conversations SET next_seq = next_seq + 1, last_active = $now WHERE id = $id RETURNING next_seq - 1;",
                ("$id", conversationId), ("$now", Now)) is not long seq)
        {
            return null;
        }

        Execute(connection, "INSERT INTO dl_activities(conversation_id, seq, json) VALUES ($id, $seq, $json);",
            ("$id", conversationId), ("$seq", seq), ("$json", stamp(seq)));
        Execute(connection, "DELETE FROM dl_activities WHERE conversation_id = $id AND seq <= $old;",
            ("$id", conversationId), ("$old", seq - _retention.MaxActivitiesPerConversation));
        return seq;
    }, cancellationToken);

    public ValueTask<ActivityPage?> ActivitiesSinceAsync(string conversationId, long watermark, CancellationToken cancellationToken)
    {
        using var lease = _readers.Rent();
        var connection = lease.Statements;
        using var tx = connection.Connection.BeginTransaction(deferred: true);
        if (Scalar(connection, tx, "SELECT next_seq FROM dl_conversations WHERE id = $id;", ("$id", conversationId)) is not long next)
        {
            return ValueTask.FromResult<ActivityPage?>(null);
        }

        var list = new List<string>();
        var command = Command(connection, tx, "SELECT json FROM dl_activities WHERE conversation_id = $id AND seq >= $w ORDER BY seq;", ("$id", conversationId), ("$w", watermark));
        using (var reader = command.ExecuteReader())
        {
            while (reader.Read())
            {
                list.Add(reader.GetString(0));
            }
        }

        return ValueTask.FromResult<ActivityPage?>(new ActivityPage(list, next));
    }

    public ValueTask SaveReferenceAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(reference, StateJsonContext.Default.ConversationReference);
        return Write(connection =>
        {
            Execute(connection, """
                INSERT INTO bot_conversations(channel_id, conversation_id, reference, welcomed, last_active) VALUES ($ch, $id, $ref, 0, $now)
                ON CONFLICT(channel_id, conversation_id) DO UPDATE SET reference = excluded.reference, last_active = excluded.last_active;
                """, ("$ch", reference.ChannelId), ("$id", reference.ConversationId), ("$ref", json), ("$now", Now));
            _trimBotConversations = true;
            return true;
        }, cancellationToken);
    }

    public ValueTask<ConversationReference?> FindReferenceAsync(string channelId, string conversationId, CancellationToken cancellationToken)
    {
        using var lease = _readers.Rent();
        var connection = lease.Statements;
        var json = Scalar(connection, "SELECT reference FROM bot_conversations WHERE channel_id = $ch AND conversation_id = $id;", ("$ch", channelId), ("$id", conversationId)) as string;
        return ValueTask.FromResult(json is null ? null : JsonSerializer.Deserialize(json, StateJsonContext.Default.ConversationReference));
    }

    public ValueTask<bool> TryMarkWelcomedAsync(string channelId, string conversationId, CancellationToken cancellationToken) => WriteAsync(connection =>
    {
        var changed = Execute(connection, """
            INSERT INTO bot_conversations(channel_id, conversation_id, reference, welcomed, last_active) VALUES ($ch, $id, NULL, 1, $now)
            ON CONFLICT(channel_id, conversation_id) DO UPDATE SET welcomed = 1, last_active = excluded.last_active WHERE welcomed = 0;
            """, ("$ch", channelId), ("$id", conversationId), ("$now", Now));
        _trimBotConversations |= changed > 0;
        return changed > 0;
    }, cancellationToken);

    public ValueTask ForgetConversationAsync(string channelId, string conversationId, CancellationToken cancellationToken) => Write(connection =>
    {
        Execute(connection, """
            DELETE FROM bot_conversations WHERE channel_id = $ch AND conversation_id = $id;
            DELETE FROM follow_ups WHERE key = $key;
            """, ("$ch", channelId), ("$id", conversationId), ("$key", FollowUpKeys.For(channelId, conversationId)));
        if (channelId == DirectLine.DirectLineConversation.ChannelId)
        {
            Execute(connection, "DELETE FROM dl_activities WHERE conversation_id = $id; DELETE FROM dl_conversations WHERE id = $id;", ("$id", conversationId));
        }

        return true;
    }, cancellationToken);

    public ValueTask AddFeedbackAsync(Feedback feedback, CancellationToken cancellationToken)
    {
        var json = JsonSerializer.Serialize(feedback, StateJsonContext.Default.Feedback);
        return Write(connection =>
        {
            Execute(connection, "INSERT INTO feedback(created, json) VALUES ($now, $json);", ("$now", Now), ("$json", json));
            Execute(connection, "DELETE FROM feedback WHERE id <= (SELECT MAX(id) FROM feedback) - $max;", ("$max", _retention.MaxFeedback));
            return true;
        }, cancellationToken);
    }

    public ValueTask<IReadOnlyList<Feedback>> RecentFeedbackAsync(int max, CancellationToken cancellationToken)
    {
        using var lease = _readers.Rent();
        var connection = lease.Statements;
        var command = Command(connection, null, "SELECT json FROM (SELECT id, json FROM feedback ORDER BY id DESC LIMIT $max) ORDER BY id;", ("$max", max));
        using var reader = command.ExecuteReader();
        var list = new List<Feedback>();
        while (reader.Read())
        {
            if (JsonSerializer.Deserialize(reader.GetString(0), StateJsonContext.Default.Feedback) is { } f)
            {
                list.Add(f);
            }
        }

        return ValueTask.FromResult<IReadOnlyList<Feedback>>(list);
    }

    public ValueTask<FollowUpContext?> LoadFollowUpAsync(string key, CancellationToken cancellationToken)
    {
        using var lease = _readers.Rent();
        var connection = lease.Statements;
        var json = Scalar(connection, "SELECT json FROM follow_ups WHERE key = $key AND updated >= $cutoff;", ("$key", key), ("$cutoff", Now - _retention.FollowUpIdle.Ticks)) as string;
        return ValueTask.FromResult(FollowUpContext.FromJson(json));
    }

    public ValueTask SaveFollowUpAsync(string key, FollowUpContext context, CancellationToken cancellationToken)
    {
        var json = context.ToJson();
        return Write(connection =>
        {
            Execute(connection, "INSERT INTO follow_ups(key, json, updated) VALUES ($key, $json, $now) ON CONFLICT(key) DO UPDATE SET json = excluded.json, updated = excluded.updated;",
                ("$key", key), ("$json", json), ("$now", Now));
            _trimFollowUps = true;
            return true;
        }, cancellationToken);
    }

    public ValueTask ForgetFollowUpAsync(string key, CancellationToken cancellationToken) => Write(connection =>
    {
        Execute(connection, "DELETE FROM follow_ups WHERE key = $key;", ("$key", key));
        return true;
    }, cancellationToken);

    public ValueTask<int> SweepAsync(CancellationToken cancellationToken) => WriteAsync(connection =>
    {
        var dlCutoff = Now - _retention.DirectLineIdle.Ticks;
        Execute(connection, "DELETE FROM dl_activities WHERE conversation_id IN (SELECT id FROM dl_conversations WHERE last_active < $cutoff);", ("$cutoff", dlCutoff));
        var removed = Execute(connection, "DELETE FROM dl_conversations WHERE last_active < $cutoff;", ("$cutoff", dlCutoff));
        Execute(connection, "DELETE FROM bot_conversations WHERE channel_id = $dl AND conversation_id NOT IN (SELECT id FROM dl_conversations);", ("$dl", DirectLine.DirectLineConversation.ChannelId));
        removed += Execute(connection, "DELETE FROM bot_conversations WHERE last_active < $cutoff;", ("$cutoff", Now - _retention.BotConversationIdle.Ticks));
        Execute(connection, "DELETE FROM follow_ups WHERE updated < $cutoff;", ("$cutoff", Now - _retention.FollowUpIdle.Ticks));
        return removed;
    }, cancellationToken);

    public ValueTask<string> DescribeAsync(CancellationToken cancellationToken)
    {
        using var lease = _readers.Rent();
        var connection = lease.Statements;
        Scalar(connection, "SELECT 1;");
        return ValueTask.FromResult("conversation state in " + Path);
    }

    public void Dispose()
    {
        _writer.Dispose();
        _readers.Dispose();
        SqliteConnection.ClearAllPools();
    }

    // The writer's before-commit step: the oldest rows beyond each marked table's cap (ties: the earliest row), found by
    // the index on the activity time. Once per transaction: the row count of a batch of writes is trimmed by one statement.
    private void TrimCapped(SqliteStatements connection)
    {
        if (_trimBotConversations)
        {
            _trimBotConversations = false;
            Execute(connection, """
                DELETE FROM bot_conversations WHERE rowid IN
                  (SELECT rowid FROM bot_conversations ORDER BY last_active, rowid LIMIT max(0, (SELECT n FROM row_counts WHERE name = 'bot_conversations') - $max));
                """, ("$max", _retention.MaxBotConversations));
        }

        if (_trimFollowUps)
        {
            _trimFollowUps = false;
            Execute(connection, "DELETE FROM follow_ups WHERE key IN (SELECT key FROM follow_ups ORDER BY updated, rowid LIMIT max(0, (SELECT n FROM row_counts WHERE name = 'follow_ups') - $max));",
                ("$max", _retention.MaxBotConversations + _retention.MaxDirectLineConversations));
        }
    }

    private static int Count(SqliteStatements connection, string table) =>
        Convert.ToInt32(Scalar(connection, "SELECT n FROM row_counts WHERE name = $t;", ("$t", table)), System.Globalization.CultureInfo.InvariantCulture);

    private ValueTask<T> WriteAsync<T>(Func<SqliteStatements, T> write, CancellationToken cancellationToken) =>
        new(_writer.WriteAsync(write, cancellationToken));

    // A write without a result: the writer's task itself, no continuation to drop the result.
    private ValueTask Write(Func<SqliteStatements, bool> write, CancellationToken cancellationToken) =>
        new(_writer.WriteAsync(write, cancellationToken));

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static SqliteCommand Command(SqliteStatements connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var command = connection.Get(sql, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return command;
    }

    private static int Execute(SqliteStatements connection, string sql, params (string Name, object Value)[] parameters) =>
        Command(connection, null, sql, parameters).ExecuteNonQuery();

    private static object? Scalar(SqliteStatements connection, string sql, params (string Name, object Value)[] parameters) =>
        Scalar(connection, null, sql, parameters);

    private static object? Scalar(SqliteStatements connection, SqliteTransaction? transaction, string sql, params (string Name, object Value)[] parameters)
    {
        var value = Command(connection, transaction, sql, parameters).ExecuteScalar();
        return value is DBNull ? null : value;
    }
}
