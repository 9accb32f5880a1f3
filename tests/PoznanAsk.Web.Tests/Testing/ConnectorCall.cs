using System.Text.Json.Nodes;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>One activity the bot sent to the fake Connector.</summary>
internal sealed record ConnectorCall(string Path, string Authorization, string ContentType, string Body, int Status)
{
    public JsonObject Json => JsonNode.Parse(Body)!.AsObject();

    public string? Type => (string?)Json["type"];
}
