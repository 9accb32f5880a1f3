using System.Text.Json.Nodes;
using PoznanAsk.Web.Bot;

namespace PoznanAsk.Web.Tests.Bot;

/// <summary>bot-protocol §5.2: the bot's own mention goes, other people's names stay.</summary>
public sealed class MentionStripperTests
{
    public static TheoryData<string, string?, string> Cases => new()
    {
        { "<at>PoznanAsk</at> Ile kosztował nowy tramwaj?", "<at>PoznanAsk</at>", "Ile kosztował nowy tramwaj?" },
        { "Pytanie do <at>PoznanAsk</at>: czy Poznań należy do Eurocities?", "<at>PoznanAsk</at>", "Pytanie do : czy Poznań należy do Eurocities?" },
        { "<at>PoznanAsk</at>&nbsp;Jakie organizacje?", null, "Jakie organizacje?" },
        { "<at>PoznanAsk</at> Zapytaj <at>Jan Nowak</at> o raport", "<at>PoznanAsk</at>", "Zapytaj Jan Nowak o raport" },
        { "  Zwykłe   pytanie  ", null, "Zwykłe pytanie" },
        { "<at>poznanask</at> wielkość liter", null, "wielkość liter" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Strip_TeamsText_LeavesTheQuestion(string text, string? entityText, string expected)
    {
        var activity = new Activity
        {
            Text = text,
            Recipient = new ChannelAccount { Id = "28:bot", Name = "PoznanAsk" },
            Entities = entityText is null
                ? null
                : [Entity.Create("mention", new JsonObject { ["mentioned"] = new JsonObject { ["id"] = "28:bot", ["name"] = "PoznanAsk" }, ["text"] = entityText })],
        };

        Assert.Equal(expected, MentionStripper.Strip(activity));
    }
}
