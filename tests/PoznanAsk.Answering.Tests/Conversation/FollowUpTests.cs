using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Conversation;

/// <summary>
/// Follow-up questions over the reports of 2017, 2019, 2021 and 2023: each pattern, in Polish and English, answered as
/// the previous question with one part changed, saying what was carried over; fresh questions inherit nothing.
/// </summary>
public sealed class FollowUpTests
{
    private static readonly ITurnHandler Handler = Corpora.Engine(Corpora.MultiYear).TurnHandler;

    public static TheoryData<string, string, string, int?, string, string> Patterns => new()
    {
        // first question, follow-up, intent, year, note, a phrase the cited report says
        { "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a w 2023?", Intents.ListMemberships, 2023, "(pytanie o 2023 r., organizacje krajowe)", "16 krajowych organizacji" },
        { "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a międzynarodowych?", Intents.ListMemberships, 2017, "(pytanie o 2017 r., organizacje międzynarodowe)", "11 organizacji i platform" },
        { "Czy Poznań należy do Cities for Cyclists?", "kiedy przystąpił?", Intents.WhenJoined, null, "(pytanie o Cities for Cyclists’, datę przystąpienia)", "przystąpiło do sieci Cities for Cyclists’" },
        { "Kiedy Poznań przystąpił do Eurocities?", "co tam robił?", Intents.Activity, 2017, "(pytanie o EUROCITIES, działalność miasta)", "EUROCITIES cooperation platform" },
        { "When did Poznań join Eurocities?", "what did it do there?", Intents.Activity, 2017, "(question about EUROCITIES, what the city did there)", "EUROCITIES cooperation platform" },
        { "Czy Poznań należał do Związku Miast Polskich w 2017 r.?", "a w Eurocities?", Intents.IsMember, 2017, "(pytanie o 2017 r., EUROCITIES)", "EUROCITIES" },
        { "Which international organisations was Poznań a member of in 2017?", "and in 2019?", Intents.ListMemberships, 2019, "(question about 2019, international organisations)", "należy do następujących organizacji międzynarodowych" },
        { "Which national organisations was Poznań a member of in 2017?", "and in 2023?", Intents.ListMemberships, 2023, "(question about 2023, national organisations)", "16 krajowych organizacji" },
        { "Which national organisations was Poznań a member of in 2017?", "and the international ones?", Intents.ListMemberships, 2017, "(question about 2017, international organisations)", "11 organizacji i platform" },
        { "Is Poznań a member of Cities for Cyclists?", "when did it join?", Intents.WhenJoined, null, "(question about Cities for Cyclists’, when it joined)", "przystąpiło do sieci Cities for Cyclists’" },
        { "Was Poznań a member of the Union of Polish Metropolises in 2019?", "and of Eurocities?", Intents.IsMember, 2019, "(question about 2019, EUROCITIES)", "EUROCITIES" },
    };

    [Theory]
    [MemberData(nameof(Patterns))]
    public async Task FollowUp_AfterAQuestion_AnswersItWithThePartChangedAndSaysSo(string first, string followUp, string intent, int? year, string note, string cited)
    {
        var conversation = Guid.NewGuid().ToString("N");
        await Ask(first, conversation);

        var answer = await Ask(followUp, conversation);

        Assert.Equal(intent, answer.Intent);
        Assert.StartsWith("_" + note + "_", answer.Text, StringComparison.Ordinal);
        if (year is { } y)
        {
            Assert.Equal(y, answer.Year);
        }

        Assert.True(answer.Citations.Any(c => c.Quote.Replace('\u00A0', ' ').Contains(cited, StringComparison.Ordinal)), answer.Text + " || " + string.Join(" | ", answer.Citations.Select(c => c.Quote)));
        Assert.Equal(followUp.StartsWith("a", StringComparison.Ordinal) && !followUp.StartsWith("and", StringComparison.Ordinal) || followUp.StartsWith("kiedy", StringComparison.Ordinal) || followUp.StartsWith("co", StringComparison.Ordinal) ? "pl" : "en", answer.Language);
    }

    [Theory]
    [InlineData("Do jakich organizacji krajowych należał Poznań w 2017 r.?", "Czy Poznań należy do Eurocities?")]
    [InlineData("Do jakich organizacji krajowych należał Poznań w 2017 r.?", "Jakie organizacje międzynarodowe?")]
    [InlineData("Czy Poznań należy do Cities for Cyclists?", "Do jakich organizacji krajowych należał Poznań w 2023 r.?")]
    [InlineData("Which national organisations was Poznań a member of in 2017?", "Is Poznań a member of Eurocities?")]
    public async Task FreshQuestion_AfterAnother_InheritsNothing(string first, string fresh)
    {
        var conversation = Guid.NewGuid().ToString("N");
        await Ask(first, conversation);

        var inConversation = await Ask(fresh, conversation);
        var alone = await Ask(fresh, null);

        Assert.Equal(alone.Text, inConversation.Text);
        Assert.DoesNotContain("(pytanie o", inConversation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(question about", inConversation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_WithoutConversation_IsAnsweredAlone()
    {
        await Ask("Do jakich organizacji krajowych należał Poznań w 2017 r.?", null);

        var answer = await Ask("a w 2023?", null);

        Assert.DoesNotContain("(pytanie o", answer.Text, StringComparison.Ordinal);
        Assert.NotEqual(Intents.ListMemberships, answer.Intent);
    }

    [Fact]
    public async Task FollowUp_SameIdOnAnotherChannel_IsAnotherConversation()
    {
        await Handler.HandleMessageAsync(new TurnRequest("Do jakich organizacji krajowych należał Poznań w 2017 r.?", null, "msteams", "a:1"), CancellationToken.None);

        var answer = await Handler.HandleMessageAsync(new TurnRequest("a w 2023?", null, "directline", "a:1"), CancellationToken.None);

        Assert.DoesNotContain("(pytanie o", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUps_BeyondTheTurnLimit_NeedACompleteQuestion()
    {
        var store = new MemoryFollowUpStore();
        var handler = Engine(store, new TurnHandlerOptions { MaxFollowUpTurns = 2 });
        var conversation = Guid.NewGuid().ToString("N");
        await handler.HandleMessageAsync(new TurnRequest("Do jakich organizacji krajowych należał Poznań w 2017 r.?", null, "test", conversation), CancellationToken.None);

        var second = await handler.HandleMessageAsync(new TurnRequest("a w 2019?", null, "test", conversation), CancellationToken.None);
        var third = await handler.HandleMessageAsync(new TurnRequest("a w 2023?", null, "test", conversation), CancellationToken.None);
        var fourth = await handler.HandleMessageAsync(new TurnRequest("a w 2021?", null, "test", conversation), CancellationToken.None);

        Assert.StartsWith("_(pytanie o 2019 r., organizacje krajowe)_", second.Text, StringComparison.Ordinal);
        Assert.StartsWith("_(pytanie o 2023 r., organizacje krajowe)_", third.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("(pytanie o", fourth.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_AfterTheContextExpired_IsAnsweredAlone()
    {
        var clock = new Clock();
        var handler = Engine(new MemoryFollowUpStore(), new TurnHandlerOptions { FollowUpMinutes = 30 }, clock);
        await handler.HandleMessageAsync(new TurnRequest("Do jakich organizacji krajowych należał Poznań w 2017 r.?", null, "test", "c"), CancellationToken.None);
        clock.Now += TimeSpan.FromMinutes(31);

        var answer = await handler.HandleMessageAsync(new TurnRequest("a w 2023?", null, "test", "c"), CancellationToken.None);

        Assert.DoesNotContain("(pytanie o", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_StoreFails_AnswersWithoutContextAndReportsIt()
    {
        Exception? reported = null;
        var handler = Answering.Service.PoznanAskEngine.Create(Corpora.Knowledge(Corpora.MultiYear), Corpora.Analysis, Corpora.Analyzer, onError: (ex, _) => reported = ex, followUps: new BrokenStore()).TurnHandler;

        var answer = await handler.HandleMessageAsync(new TurnRequest("Do jakich organizacji krajowych należał Poznań w 2017 r.?", null, "test", "c"), CancellationToken.None);

        Assert.True(answer.Found);
        Assert.IsType<IOException>(reported);
    }

    private static ITurnHandler Engine(IFollowUpStore store, TurnHandlerOptions options, TimeProvider? time = null) =>
        Answering.Service.PoznanAskEngine.Create(Corpora.Knowledge(Corpora.MultiYear), Corpora.Analysis, Corpora.Analyzer, options, followUps: store, time: time).TurnHandler;

    private static Task<Answer> Ask(string text, string? conversation) =>
        Handler.HandleMessageAsync(new TurnRequest(text, null, "test", conversation ?? string.Empty), CancellationToken.None);

    private sealed class Clock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;

        public override DateTimeOffset GetUtcNow() => Now;
    }

    private sealed class BrokenStore : IFollowUpStore
    {
        public ValueTask<FollowUpContext?> LoadFollowUpAsync(string key, CancellationToken cancellationToken) => throw new IOException("disk gone");

        public ValueTask SaveFollowUpAsync(string key, FollowUpContext context, CancellationToken cancellationToken) => throw new IOException("disk gone");

        public ValueTask ForgetFollowUpAsync(string key, CancellationToken cancellationToken) => ValueTask.CompletedTask;
    }
}
