using Microsoft.Data.Sqlite;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.State;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.State;

/// <summary>
/// The SQLite store's one writer (<see cref="SqliteGroupWriter"/>): many writes at once commit together, a write that
/// fails is rolled back alone inside its savepoint, and the caps hold through the row counts the triggers keep —
/// which must equal the tables whatever mix of inserts, upserts, evictions and sweeps ran.
/// </summary>
public sealed class SqliteGroupWriterTests : IDisposable
{
    private static readonly StateRetention Retention = new(
        MaxDirectLineConversations: 5, MaxActivitiesPerConversation: 100, DirectLineIdle: TimeSpan.FromMinutes(30),
        MaxBotConversations: 7, BotConversationIdle: TimeSpan.FromDays(30), MaxFeedback: 3, FollowUpIdle: TimeSpan.FromMinutes(30));

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("poznanask-writer-");
    private readonly ManualTimeProvider _time = new();

    private string DbPath => Path.Combine(_dir.FullName, "conversations.db");

    [Fact]
    public async Task Writes_ManyAtOnceOverTheCaps_RowCountsEqualTheTablesAndTheCapsHold()
    {
        using (var store = new SqliteConversationStateStore(DbPath, Retention, _time))
        {
            var writes = Enumerable.Range(0, 60).SelectMany(i => new[]
            {
                store.SaveFollowUpAsync($"msteams|rozmowa-{i % 20}", Context(i), default).AsTask(),
                store.SaveReferenceAsync(Reference($"rozmowa-{i % 11}"), default).AsTask(),
                store.StartDirectLineAsync($"czat-{i % 9}", "dl_anna", default).AsTask(),
                store.TryMarkWelcomedAsync("msteams", $"rozmowa-{i % 13}", default).AsTask(),
            });
            await Task.WhenAll(writes);
            await store.ForgetConversationAsync("msteams", "rozmowa-19", default);
            _time.Advance(TimeSpan.FromHours(1));
            await store.SaveFollowUpAsync("msteams|po-godzinie", Context(0), default);
            await store.SweepAsync(default);
        }

        using var db = new SqliteConnection($"Data Source={DbPath}");
        db.Open();
        foreach (var (table, cap) in new[] { ("dl_conversations", 5), ("bot_conversations", 7), ("follow_ups", 12) })
        {
            var rows = Scalar(db, $"SELECT COUNT(*) FROM {table};");
            Assert.Equal(rows, Scalar(db, $"SELECT n FROM row_counts WHERE name = '{table}';"));
            Assert.InRange(rows, 0, cap);
        }

        Assert.Equal(1, Scalar(db, "SELECT COUNT(*) FROM follow_ups;")); // the hour-old contexts were swept
    }

    [Fact]
    public async Task Append_OneOfManyAtOnceFails_OnlyItIsRolledBackAndTheSequenceStaysContiguous()
    {
        using var store = new SqliteConversationStateStore(DbPath, Retention, _time);
        await store.StartDirectLineAsync("czat", "dl_anna", default);

        var appends = Enumerable.Range(0, 40).Select(i => store.AppendActivityAsync("czat",
            n => i == 17 ? throw new InvalidOperationException("zły stempel") : $"{{\"n\":{n}}}", default).AsTask()).ToList();
        var failed = await Assert.ThrowsAsync<InvalidOperationException>(() => appends[17]);
        var sequences = (await Task.WhenAll(appends.Where((_, i) => i != 17))).Select(s => s!.Value).Order().ToList();
        var page = await store.ActivitiesSinceAsync("czat", 0, default);

        Assert.Equal("zły stempel", failed.Message);
        Assert.Equal(Enumerable.Range(0, 39).Select(n => (long)n), sequences);
        Assert.Equal(39, page!.Watermark);
        Assert.Equal(Enumerable.Range(0, 39).Select(n => $"{{\"n\":{n}}}"), page.Activities);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    private static long Scalar(SqliteConnection db, string sql)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static ConversationReference Reference(string conversation) =>
        new("msteams", "https://smba.trafficmanager.net/emea/", conversation, null, "personal", "28:bot", "29:anna", "1", "pl-PL");

    private FollowUpContext Context(int i) => new($"Pytanie {i} o organizacje krajowe w 2017 r.", "pl", "list-memberships", [2017], "national", [], 0, _time.GetUtcNow());
}
