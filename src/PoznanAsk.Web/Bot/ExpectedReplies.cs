namespace PoznanAsk.Web.Bot;

/// <summary>The body of a <c>deliveryMode: expectReplies</c> response: the turn's activities in send order.</summary>
internal sealed class ExpectedReplies
{
    public List<Activity> Activities { get; set; } = [];
}
