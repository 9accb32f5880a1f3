namespace PoznanAsk.Web.Bot;

/// <summary>A button; PoznanAsk uses <c>imBack</c>, the portable choice (bot-protocol §1.2).</summary>
internal sealed class CardAction
{
    public string Type { get; set; } = "imBack";

    public string? Title { get; set; }

    public string? Value { get; set; }
}
