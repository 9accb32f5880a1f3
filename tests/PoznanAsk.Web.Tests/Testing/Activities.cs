using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PoznanAsk.Web.Tests.Testing;

/// <summary>Incoming activities as channels send them (Teams shapes from bot-protocol §5), as JSON to tweak per test.</summary>
internal static class Activities
{
    public const string BotId = "28:" + AppId;
    public const string AppId = "6a1e4a9c-52b7-4a4e-8e63-0c3b8b1f6d21";

    public static JsonObject TeamsMessage(string serviceUrl, string text = "Do jakich organizacji krajowych należał Poznań w 2023 r.?") => new()
    {
        ["type"] = "message",
        ["id"] = "1:1718000000000",
        ["timestamp"] = "2026-11-21T10:00:00.000Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:1AbCdEf-user", ["name"] = "Anna Kowalska", ["aadObjectId"] = "aaaaaaaa-0000-4000-8000-000000000001" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PoznanAsk" },
        ["conversation"] = new JsonObject { ["id"] = "19:abc@thread.tacv2;messageid=123", ["conversationType"] = "channel", ["isGroup"] = true, ["tenantId"] = "t1" },
        ["text"] = text,
        ["locale"] = "pl-PL",
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "t1" } },
    };

    public static JsonObject BotAdded(string serviceUrl) => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = "f:add-1",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new JsonObject { ["id"] = "29:1AbCdEf-user" },
        ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PoznanAsk" },
        ["conversation"] = new JsonObject { ["id"] = "a:1xYzPersonal" + Guid.NewGuid().ToString("N") },
        ["membersAdded"] = new JsonArray(new JsonObject { ["id"] = BotId }, new JsonObject { ["id"] = "29:1AbCdEf-user" }),
    };

    public static HttpRequestMessage Post(JsonNode activity, string? token = null) => Post(activity.ToJsonString(), token);

    public static HttpRequestMessage Post(string body, string? token = null, string contentType = "application/json")
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = new StringContent(body, Encoding.UTF8, contentType) };
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }
}
