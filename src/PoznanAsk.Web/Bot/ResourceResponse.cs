namespace PoznanAsk.Web.Bot;

/// <summary><c>{"id": …}</c>: what the Connector API and Direct Line return for a posted activity.</summary>
internal sealed record ResourceResponse(string Id);
