using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.State;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.State;

/// <summary>
/// The conversation-state store's contract, run against both stores (the embedded SQLite file and a real
/// redis-server on loopback): what it keeps, for how long, within which bounds, and that it survives a reopen —
/// the same instance closed and another opened, as after a restart or on another replica.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class ConversationStateStoreContractTests(RedisFixture redis) : IClassFixture<RedisFixture>, IDisposable
{
    public static TheoryData<StateKind> Kinds => [StateKind.Sqlite, StateKind.Redis];

    private static readonly StateRetention Retention = new(
        MaxDirectLineConversations: 3, MaxActivitiesPerConversation: 4, DirectLineIdle: TimeSpan.FromMinutes(30),
        MaxBotConversations: 3, BotConversationIdle: TimeSpan.FromDays(30), MaxFeedback: 2, FollowUpIdle: TimeSpan.FromMinutes(30));

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("poznanask-state-");
    private readonly ManualTimeProvider _time = new();

    private readonly string _keyPrefix = "test-" + Guid.NewGuid().ToString("N")[..8] + ":";
    private readonly List<IDisposable> _opened = [];

    private string DbPath => Path.Combine(_dir.FullName, "data", DataFolder.StateFile);

    /// <summary>A store over the same state each time (the same file, the same Redis prefix).</summary>
    private IConversationStateStore Open(StateKind kind)
    {
        if (kind == StateKind.Sqlite)
        {
            var sqlite = new SqliteConversationStateStore(DbPath, Retention, _time);
            _opened.Add(sqlite);
            return sqlite;
        }

        var connection = redis.Connect(_keyPrefix);
        _opened.Add(connection);
        return new RedisConversationStateStore(connection, Retention, _time);
    }

    /// <summary>Closes every store opened so far (a stopped process) and opens another over the same state.</summary>
    private IConversationStateStore Reopen(StateKind kind)
    {
        foreach (var opened in _opened)
        {
            opened.Dispose();
        }

        _opened.Clear();
        return Open(kind);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Activities_AppendedThenReopened_AreReadBackInOrderWithTheWatermark(StateKind kind)
    {
        var store = Open(kind);
        Assert.True(await store.StartDirectLineAsync("rozmowa-1", "dl_anna", default));
        await store.AppendActivityAsync("rozmowa-1", n => $"{{\"n\":{n},\"text\":\"pytanie {n}\"}}", default);
        await store.AppendActivityAsync("rozmowa-1", n => $"{{\"n\":{n},\"text\":\"odpowiedź {n}\"}}", default);

        var reopened = Reopen(kind);
        var page = await reopened.ActivitiesSinceAsync("rozmowa-1", 1, default);

        Assert.Equal("dl_anna", await reopened.FindDirectLineAsync("rozmowa-1", default));
        Assert.Equal(["{\"n\":1,\"text\":\"odpowiedź 1\"}"], page!.Activities);
        Assert.Equal(2, page.Watermark);
        Assert.False(await reopened.StartDirectLineAsync("rozmowa-1", "dl_anna", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Activities_OverTheCap_KeepTheLatestAndTheWatermarkGoesOn(StateKind kind)
    {
        var store = Open(kind);
        await store.StartDirectLineAsync("c", "u", default);
        for (var i = 0; i < 7; i++)
        {
            await store.AppendActivityAsync("c", n => $"{n}", default);
        }

        var page = await store.ActivitiesSinceAsync("c", 0, default);

        Assert.Equal(["3", "4", "5", "6"], page!.Activities);
        Assert.Equal(7, page.Watermark);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task DirectLine_OverTheCap_EvictsTheLeastRecentlyActive(StateKind kind)
    {
        var store = Open(kind);
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            await store.StartDirectLineAsync(id, "u", default);
            _time.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Null(await store.FindDirectLineAsync("a", default));
        Assert.NotNull(await store.FindDirectLineAsync("d", default));
        Assert.Null(await store.AppendActivityAsync("a", n => "{}", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Sweep_IdleConversationsAndContexts_AreDropped(StateKind kind)
    {
        var store = Open(kind);
        await store.StartDirectLineAsync("stara", "u", default);
        await store.SaveFollowUpAsync("directline\nstara", Context(), default);
        _time.Advance(TimeSpan.FromMinutes(31));
        await store.StartDirectLineAsync("nowa", "u", default);

        var removed = await store.SweepAsync(default);

        Assert.Equal(1, removed);
        Assert.Null(await store.FindDirectLineAsync("stara", default));
        Assert.Null(await store.LoadFollowUpAsync("directline\nstara", default));
        Assert.NotNull(await store.FindDirectLineAsync("nowa", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Welcome_MarkedTwice_TrueOnlyTheFirstTime(StateKind kind)
    {
        var store = Open(kind);

        var first = await store.TryMarkWelcomedAsync("msteams", "a:1", default);
        var second = await store.TryMarkWelcomedAsync("msteams", "a:1", default);
        await store.ForgetConversationAsync("msteams", "a:1", default);
        var afterForget = await store.TryMarkWelcomedAsync("msteams", "a:1", default);

        Assert.Equal((true, false, true), (first, second, afterForget));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task References_SavedAndReopened_FoundAndBounded(StateKind kind)
    {
        var store = Open(kind);
        foreach (var id in new[] { "a:1", "a:2", "a:3", "a:4" })
        {
            await store.SaveReferenceAsync(new ConversationReference("msteams", "https://smba.example/emea/", id, "tenant", "personal", "28:bot", "29:anna", "1", "pl-PL"), default);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        var reopened = Reopen(kind);

        Assert.Null(await reopened.FindReferenceAsync("msteams", "a:1", default));
        var latest = await reopened.FindReferenceAsync("msteams", "a:4", default);
        Assert.Equal(("https://smba.example/emea/", "tenant", "29:anna"), (latest!.ServiceUrl, latest.TenantId, latest.UserId));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Feedback_OverTheCap_KeepsTheLatest(StateKind kind)
    {
        var store = Open(kind);
        foreach (var reaction in new[] { "like", "dislike", "like" })
        {
            await store.AddFeedbackAsync(new Feedback("msteams", "a:1", "1:" + reaction, reaction, "{\"feedbackText\":\"Brakuje roku 2022\"}"), default);
        }

        var kept = await store.RecentFeedbackAsync(10, default);

        Assert.Equal(["dislike", "like"], kept.Select(f => f.Reaction));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FollowUp_SavedThenExpired_LoadsOnlyWithinItsTime(StateKind kind)
    {
        var store = Open(kind);
        await store.SaveFollowUpAsync("api\nk1", Context(), default);

        var fresh = await store.LoadFollowUpAsync("api\nk1", default);
        _time.Advance(TimeSpan.FromMinutes(31));
        var stale = await store.LoadFollowUpAsync("api\nk1", default);

        Assert.Equal(Context() with { UpdatedAt = fresh!.UpdatedAt }, fresh, new ContextComparer());
        Assert.Null(stale);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Activities_AppendedAtOnceByTwoInstances_GetOneSequenceEachInOrder(StateKind kind)
    {
        var first = Open(kind);
        var second = Open(kind);
        await first.StartDirectLineAsync("wspólna", "dl_jan", default);

        var appends = Enumerable.Range(0, 4).Select(i => (i % 2 == 0 ? first : second)
            .AppendActivityAsync("wspólna", n => $"{n}", default).AsTask());
        var sequences = await Task.WhenAll(appends);
        var page = await second.ActivitiesSinceAsync("wspólna", 0, default);

        Assert.Equal([0L, 1, 2, 3], sequences.Select(s => s!.Value).Order());
        Assert.Equal(["0", "1", "2", "3"], page!.Activities);
        Assert.Equal(4, page.Watermark);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Activities_SinceAWatermarkPastTheEnd_AreNoneAndTheWatermarkStays(StateKind kind)
    {
        var store = Open(kind);
        await store.StartDirectLineAsync("c", "dl_ewa", default);
        await store.AppendActivityAsync("c", n => "\"Dzień dobry\"", default);

        var page = await store.ActivitiesSinceAsync("c", 1, default);
        var far = await store.ActivitiesSinceAsync("c", long.MaxValue, default);
        var unknown = await store.ActivitiesSinceAsync("nieznana", 0, default);

        Assert.Empty(page!.Activities);
        Assert.Equal(1, page.Watermark);
        Assert.Equal((0, 1L), (far!.Activities.Count, far.Watermark));
        Assert.Null(unknown);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Forget_DirectLineConversation_DropsItsActivitiesReferenceAndContext(StateKind kind)
    {
        var store = Open(kind);
        await store.StartDirectLineAsync("do-usunięcia", "dl_ola", default);
        await store.AppendActivityAsync("do-usunięcia", n => "{}", default);
        await store.TryMarkWelcomedAsync("directline", "do-usunięcia", default);
        await store.SaveFollowUpAsync(FollowUpKeys.For("directline", "do-usunięcia"), Context(), default);

        await store.ForgetConversationAsync("directline", "do-usunięcia", default);

        Assert.Null(await store.FindDirectLineAsync("do-usunięcia", default));
        Assert.Null(await store.ActivitiesSinceAsync("do-usunięcia", 0, default));
        Assert.Null(await store.LoadFollowUpAsync(FollowUpKeys.For("directline", "do-usunięcia"), default));
        Assert.True(await store.TryMarkWelcomedAsync("directline", "do-usunięcia", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Sweep_BotConversationIdleForAMonth_IsDroppedAndCounted(StateKind kind)
    {
        var store = Open(kind);
        await store.SaveReferenceAsync(new ConversationReference("msteams", "https://smba.example/emea/", "a:stara", "tenant", "personal", "28:bot", "29:anna", "1", "pl-PL"), default);
        _time.Advance(TimeSpan.FromDays(31));
        await store.SaveReferenceAsync(new ConversationReference("msteams", "https://smba.example/emea/", "a:nowa", "tenant", "personal", "28:bot", "29:piotr", "1", "pl-PL"), default);

        var removed = await store.SweepAsync(default);

        Assert.Equal(1, removed);
        Assert.Null(await store.FindReferenceAsync("msteams", "a:stara", default));
        Assert.NotNull(await store.FindReferenceAsync("msteams", "a:nowa", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task FollowUps_OverTheCap_KeepTheLatest(StateKind kind)
    {
        var store = Open(kind);
        var cap = Retention.MaxBotConversations + Retention.MaxDirectLineConversations;
        for (var i = 0; i <= cap; i++)
        {
            await store.SaveFollowUpAsync($"api\nk{i}", Context(), default);
            _time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.Null(await store.LoadFollowUpAsync("api\nk0", default));
        Assert.NotNull(await store.LoadFollowUpAsync("api\nk1", default));
        Assert.NotNull(await store.LoadFollowUpAsync($"api\nk{cap}", default));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Describe_StoreAnswering_SaysWhereTheStateIs(StateKind kind)
    {
        var store = Open(kind);

        var description = await store.DescribeAsync(default);

        Assert.Contains(kind == StateKind.Redis ? redis.Server.Configuration : DataFolder.StateFile, description, StringComparison.Ordinal);
    }

    [Fact]
    public void Sqlite_FileCreated_IsReadableByTheOwnerOnly()
    {
        using var store = new SqliteConversationStateStore(DbPath, Retention, _time);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DbPath));
    }

    public void Dispose()
    {
        foreach (var opened in _opened)
        {
            opened.Dispose();
        }

        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _dir.Delete(recursive: true);
    }

    private FollowUpContext Context() => new("Do jakich organizacji krajowych należał Poznań w 2017 r.?", "pl", "list-memberships", [2017], "national", [], 0, _time.GetUtcNow());

    private sealed class ContextComparer : IEqualityComparer<FollowUpContext>
    {
        public bool Equals(FollowUpContext? x, FollowUpContext? y) => x!.ToJson() == y!.ToJson();

        public int GetHashCode(FollowUpContext obj) => obj.ToJson().GetHashCode(StringComparison.Ordinal);
    }
}
