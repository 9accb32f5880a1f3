using PoznanAsk.Answering.Conversation;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.State;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.State;

/// <summary>The embedded conversation-state store: what it keeps, for how long, and that it survives a reopen.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class SqliteConversationStateStoreTests : IDisposable
{
    private static readonly StateRetention Retention = new(
        MaxDirectLineConversations: 3, MaxActivitiesPerConversation: 4, DirectLineIdle: TimeSpan.FromMinutes(30),
        MaxBotConversations: 3, BotConversationIdle: TimeSpan.FromDays(30), MaxFeedback: 2, FollowUpIdle: TimeSpan.FromMinutes(30));

    private readonly DirectoryInfo _dir = Directory.CreateTempSubdirectory("poznanask-state-");
    private readonly ManualTimeProvider _time = new();

    private string DbPath => Path.Combine(_dir.FullName, "data", DataFolder.StateFile);

    private SqliteConversationStateStore Open() => new(DbPath, Retention, _time);

    [Fact]
    public async Task Activities_AppendedThenReopened_AreReadBackInOrderWithTheWatermark()
    {
        using (var store = Open())
        {
            Assert.True(await store.StartDirectLineAsync("rozmowa-1", "dl_anna", default));
            await store.AppendActivityAsync("rozmowa-1", n => $"{{\"n\":{n},\"text\":\"pytanie {n}\"}}", default);
            await store.AppendActivityAsync("rozmowa-1", n => $"{{\"n\":{n},\"text\":\"odpowiedź {n}\"}}", default);
        }

        using var reopened = Open();
        var page = await reopened.ActivitiesSinceAsync("rozmowa-1", 1, default);

        Assert.Equal("dl_anna", await reopened.FindDirectLineAsync("rozmowa-1", default));
        Assert.Equal(["{\"n\":1,\"text\":\"odpowiedź 1\"}"], page!.Activities);
        Assert.Equal(2, page.Watermark);
        Assert.False(await reopened.StartDirectLineAsync("rozmowa-1", "dl_anna", default));
    }

    [Fact]
    public async Task Activities_OverTheCap_KeepTheLatestAndTheWatermarkGoesOn()
    {
        using var store = Open();
        await store.StartDirectLineAsync("c", "u", default);
        for (var i = 0; i < 7; i++)
        {
            await store.AppendActivityAsync("c", n => $"{n}", default);
        }

        var page = await store.ActivitiesSinceAsync("c", 0, default);

        Assert.Equal(["3", "4", "5", "6"], page!.Activities);
        Assert.Equal(7, page.Watermark);
    }

    [Fact]
    public async Task DirectLine_OverTheCap_EvictsTheLeastRecentlyActive()
    {
        using var store = Open();
        foreach (var id in new[] { "a", "b", "c", "d" })
        {
            await store.StartDirectLineAsync(id, "u", default);
            _time.Advance(TimeSpan.FromMinutes(2));
        }

        Assert.Null(await store.FindDirectLineAsync("a", default));
        Assert.NotNull(await store.FindDirectLineAsync("d", default));
        Assert.Null(await store.AppendActivityAsync("a", n => "{}", default));
    }

    [Fact]
    public async Task Sweep_IdleConversationsAndContexts_AreDropped()
    {
        using var store = Open();
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

    [Fact]
    public async Task Welcome_MarkedTwice_TrueOnlyTheFirstTime()
    {
        using var store = Open();

        var first = await store.TryMarkWelcomedAsync("msteams", "a:1", default);
        var second = await store.TryMarkWelcomedAsync("msteams", "a:1", default);
        await store.ForgetConversationAsync("msteams", "a:1", default);
        var afterForget = await store.TryMarkWelcomedAsync("msteams", "a:1", default);

        Assert.Equal((true, false, true), (first, second, afterForget));
    }

    [Fact]
    public async Task References_SavedAndReopened_FoundAndBounded()
    {
        using (var store = Open())
        {
            foreach (var id in new[] { "a:1", "a:2", "a:3", "a:4" })
            {
                await store.SaveReferenceAsync(new ConversationReference("msteams", "https://smba.example/emea/", id, "tenant", "personal", "28:bot", "29:anna", "1", "pl-PL"), default);
                _time.Advance(TimeSpan.FromSeconds(1));
            }
        }

        using var reopened = Open();

        Assert.Null(await reopened.FindReferenceAsync("msteams", "a:1", default));
        var latest = await reopened.FindReferenceAsync("msteams", "a:4", default);
        Assert.Equal(("https://smba.example/emea/", "tenant", "29:anna"), (latest!.ServiceUrl, latest.TenantId, latest.UserId));
    }

    [Fact]
    public async Task Feedback_OverTheCap_KeepsTheLatest()
    {
        using var store = Open();
        foreach (var reaction in new[] { "like", "dislike", "like" })
        {
            await store.AddFeedbackAsync(new Feedback("msteams", "a:1", "1:" + reaction, reaction, "{\"feedbackText\":\"Brakuje roku 2022\"}"), default);
        }

        var kept = await store.RecentFeedbackAsync(10, default);

        Assert.Equal(["dislike", "like"], kept.Select(f => f.Reaction));
    }

    [Fact]
    public async Task FollowUp_SavedThenExpired_LoadsOnlyWithinItsTime()
    {
        using var store = Open();
        await store.SaveFollowUpAsync("api\nk1", Context(), default);

        var fresh = await store.LoadFollowUpAsync("api\nk1", default);
        _time.Advance(TimeSpan.FromMinutes(31));
        var stale = await store.LoadFollowUpAsync("api\nk1", default);

        Assert.Equal(Context() with { UpdatedAt = fresh!.UpdatedAt }, fresh, new ContextComparer());
        Assert.Null(stale);
    }

    [Fact]
    public void File_Created_IsReadableByTheOwnerOnly()
    {
        using var store = Open();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(DbPath));
    }

    public void Dispose()
    {
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
