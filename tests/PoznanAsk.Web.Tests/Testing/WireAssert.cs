using System.Text.Json;
using System.Text.Json.Nodes;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>Assertions on emitted activities (bot-protocol §1.1: no nulls, empty strings or empty arrays).</summary>
internal static class WireAssert
{
    public static void NoNullOrEmptyMembers(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case null:
                Assert.Fail($"{path} is null");
                break;
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    // "@id": "" is required by Web Chat on the schema.org Message entity (§5.4).
                    if (key == "@id")
                    {
                        continue;
                    }

                    NoNullOrEmptyMembers(value, path + "." + key);
                }

                break;
            case JsonArray a:
                Assert.True(a.Count > 0, $"{path} is an empty array");
                for (var i = 0; i < a.Count; i++)
                {
                    NoNullOrEmptyMembers(a[i], $"{path}[{i}]");
                }

                break;
            case JsonValue v when v.GetValueKind() == JsonValueKind.String:
                Assert.False(string.IsNullOrEmpty((string?)v), $"{path} is an empty string");
                break;
        }
    }
}
