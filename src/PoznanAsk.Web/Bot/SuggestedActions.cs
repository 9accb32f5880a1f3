namespace PoznanAsk.Web.Bot;

/// <summary>Quick-reply buttons shown under the latest bot message.</summary>
internal sealed class SuggestedActions
{
    public List<string>? To { get; set; }

    public List<CardAction> Actions { get; set; } = [];
}
