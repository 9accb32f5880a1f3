using System.Text.Json;
using Microsoft.Extensions.Options;
using PoznanAsk.Web.Bot;
using PoznanAsk.Web.Options;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Options;

/// <summary>
/// <c>Bot:AiGeneratedLabel</c>: off by default (the answers are extracted from the reports, not generated), on when
/// configured, validated at start with the other options.
/// </summary>
public sealed class AiGeneratedLabelTests
{
    public static TheoryData<string?, bool> Settings { get; } = new()
    {
        { null, false },
        { "false", false },
        { "true", true },
    };

    [Theory]
    [MemberData(nameof(Settings))]
    public async Task TeamsAnswer_Label_FollowsTheOption(string? setting, bool labelled)
    {
        var settings = new Dictionary<string, string?>();
        if (setting is not null)
        {
            settings["Bot:AiGeneratedLabel"] = setting;
        }

        await using var app = await TestApp.StartAsync(settings);
        var sink = new BufferedReplySink();

        await app.Service<TurnProcessor>().ProcessAsync(Question("Do jakich organizacji krajowych należał Poznań w 2023 r.?"), sink, CancellationToken.None);

        Assert.Equal(labelled, app.Service<IOptions<BotOptions>>().Value.AiGeneratedLabel);
        var reply = Assert.Single(sink.Activities);
        var entity = Assert.Single(reply.Entities!, e => e.Type == CitationEntity.EntityType);
        Assert.Equal(labelled, entity.Properties!.TryGetValue("additionalType", out var types)
            && types.EnumerateArray().Select(t => t.GetString()).SequenceEqual(["AIGeneratedContent"]));
        Assert.True(entity.Properties!["citation"].GetArrayLength() > 0);
    }

    [Theory]
    [InlineData("tak")]
    [InlineData("2")]
    public async Task Start_LabelNotABoolean_FailsNamingTheKey(string value)
    {
        var error = await Assert.ThrowsAnyAsync<InvalidOperationException>(() =>
            TestApp.StartAsync(new Dictionary<string, string?> { ["Bot:AiGeneratedLabel"] = value }));

        Assert.Contains("AiGeneratedLabel", error.ToString(), StringComparison.Ordinal);
    }

    private static Activity Question(string text) => new()
    {
        Type = "message",
        Id = "1:100",
        ChannelId = "msteams",
        Text = text,
        From = new ChannelAccount { Id = "29:user", Name = "Anna" },
        Recipient = new ChannelAccount { Id = "28:bot", Name = "PoznanAsk" },
        Conversation = new ConversationAccount { Id = "a:1" },
        Locale = "pl-PL",
    };
}
