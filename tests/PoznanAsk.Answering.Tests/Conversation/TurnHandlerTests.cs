using PoznanAsk.Answering.Answers;
using PoznanAsk.Answering.Conversation;
using PoznanAsk.Answering.Tests.Support;

namespace PoznanAsk.Answering.Tests.Conversation;

public sealed class TurnHandlerTests
{
    private static TurnHandler Sut(Action<Exception, string>? onError = null) =>
        new(() => Corpora.Composer(Corpora.Seeds), new TurnHandlerOptions { MaxQuestionLength = 100 }, onError);

    private static Task<Answer> Ask(TurnHandler sut, string text, string? locale = null) =>
        sut.HandleMessageAsync(new TurnRequest(text, locale, "test", string.Empty), CancellationToken.None);

    [Theory]
    [InlineData("")]
    [InlineData("   \t\n ")]
    [InlineData("pomoc")]
    [InlineData("Dzień dobry!")]
    public async Task Handle_EmptyOrGreeting_PoliteHelpWithExamples(string text)
    {
        var answer = await Ask(Sut(), text);

        Assert.Equal(Intents.Help, answer.Intent);
        Assert.Equal("pl", answer.Language);
        Assert.Contains("2017 i 2023", answer.Text, StringComparison.Ordinal);
        Assert.Equal(3, answer.SuggestedQuestions.Count);
    }

    [Fact]
    public async Task Handle_OverLongMessage_RefusesPolitelyWithLimit()
    {
        var answer = await Ask(Sut(), new string('a', 101));

        Assert.False(answer.Found);
        Assert.Contains("100", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task Handle_InternalError_ApologisesAndReportsIt()
    {
        Exception? logged = null;
        var sut = new TurnHandler(() => throw new InvalidOperationException("index gone"), new TurnHandlerOptions(), (ex, _) => logged = ex);

        var answer = await Ask(sut, "Czy Poznań należy do ZMP?", "en-US");

        Assert.Contains("Sorry", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("index gone", answer.Text, StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(logged);
    }

    [Theory]
    [InlineData("\0\0\0")]
    [InlineData("))) OR ((( \"")]
    [InlineData("🙂🙂🙂")]
    [InlineData("SELECT * FROM organizacje; --")]
    [InlineData("2017 2018 2019 2020 2021 2022 2023 2024")]
    public async Task Handle_OddInput_AnswersWithoutThrowing(string text)
    {
        Exception? logged = null;

        var answer = await Ask(Sut((ex, _) => logged = ex), text);

        Assert.NotNull(answer.Text);
        Assert.Null(logged);
    }

    [Fact]
    public async Task Handle_Question_AnswersWithCitations()
    {
        var answer = await Ask(Sut(), "Czy Poznań należy do ZMP?");

        Assert.Equal(Intents.IsMember, answer.Intent);
        Assert.NotEmpty(answer.Citations);
    }

    [Theory]
    [InlineData("pl-PL", "pl", "Dzień dobry")]
    [InlineData("en-US", "en", "Hello")]
    [InlineData(null, "pl", "Dzień dobry")]
    public void Welcome_Locale_GreetsInItsLanguageWithThreeExamples(string? locale, string language, string greeting)
    {
        var answer = Sut().Welcome(locale);

        Assert.Equal(language, answer.Language);
        Assert.StartsWith(greeting, answer.Text, StringComparison.Ordinal);
        Assert.Equal(3, answer.SuggestedQuestions.Count);
    }

    [Fact]
    public async Task Welcome_Examples_AreAnsweredFromTheReports()
    {
        var sut = Sut();

        foreach (var example in sut.Welcome("pl").SuggestedQuestions)
        {
            var answer = await Ask(sut, example);
            Assert.True(answer.Found, example);
            Assert.NotEqual(Intents.Search, answer.Intent);
        }
    }

    [Fact]
    public void Ctor_InvalidOptions_Throws()
    {
        Assert.Throws<System.ComponentModel.DataAnnotations.ValidationException>(() =>
            new TurnHandler(() => Corpora.Composer(Corpora.Seeds), new TurnHandlerOptions { MaxQuestionLength = 5 }));
    }

    public static TheoryData<string[]> Conversations => new()
    {
        new[] { "Do jakich organizacji krajowych należał Poznań w 2017 r.?", "a w 2023?", "a międzynarodowych?", "Do jakich organizacji krajowych należał Poznań w 2017 r.?" },
        new[] { "Czy Poznań należy do Eurocities?", "kiedy przystąpił?", "Czy Poznań należy do Eurocities?", "co tam robił?" },
        new[] { "Ile organizacji międzynarodowych w 2017?", "a w 2023?", "Ile organizacji międzynarodowych w 2017?", "a w 2023?" },
    };

    [Theory]
    [MemberData(nameof(Conversations))]
    public async Task Handle_WithAnswerCache_AnswersEveryTurnAsWithout(string[] turns)
    {
        var cached = new TurnHandler(() => Corpora.Composer(Corpora.Seeds), new TurnHandlerOptions(), answerCacheEntries: 16);
        var uncached = new TurnHandler(() => Corpora.Composer(Corpora.Seeds), new TurnHandlerOptions());
        foreach (var conversation in new[] { "pierwsza", "druga" })
        {
            foreach (var turn in turns)
            {
                var expected = await uncached.HandleMessageAsync(new TurnRequest(turn, null, "test", conversation), CancellationToken.None);
                var actual = await cached.HandleMessageAsync(new TurnRequest(turn, null, "test", conversation), CancellationToken.None);

                Assert.Equal(expected.Text, actual.Text);
                Assert.Equal(expected.Intent, actual.Intent);
                Assert.Equal(expected.Citations.Select(c => c.PassageId), actual.Citations.Select(c => c.PassageId));
            }
        }
    }
}
