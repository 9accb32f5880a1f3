using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PoznanAsk.Web.State;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.DirectLine;

/// <summary>A restart (or a deploy) with zero configuration: the page's token and conversation still work afterwards.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DirectLineRestartTests : IDisposable
{
    private readonly DirectoryInfo _data = Directory.CreateTempSubdirectory("poznanask-restart-");

    [Fact]
    public async Task Conversation_HostRestarted_SameTokenReadsHistoryAndGetsAnswers()
    {
        DirectLineClient client;
        await using (var first = await TestApp.StartAsync(dataPath: _data.FullName))
        {
            client = new DirectLineClient(first);
            await client.GetTokenAsync();
            await client.StartAsync();
            await client.PostMessageAsync("Do jakich organizacji krajowych należał Poznań w 2022 r.?", "przed-1");
            await client.WaitForAsync(4); // welcome, echo, typing, answer
        }

        await using var after = await TestApp.StartAsync(dataPath: _data.FullName);
        client.App = after;
        var history = await client.GetActivitiesAsync(null);
        using var reconnect = await client.SendAsync(HttpMethod.Get, $"/conversations/{client.ConversationId}?watermark=4");
        await client.PostMessageAsync("Do jakich organizacji krajowych należał Poznań w 2023 r.?", "po-1");
        await client.WaitForAsync(7);
        var latest = (JsonArray)(await client.GetActivitiesAsync("4"))["activities"]!;

        var before = (JsonArray)history["activities"]!;
        Assert.Equal("4", (string?)history["watermark"]);
        Assert.Contains("W 2022 r.", (string?)before[3]!["text"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, reconnect.StatusCode);
        Assert.Equal(["przed-1", "po-1"], before.Concat(latest).Select(a => (string?)a!["channelData"]?["clientActivityID"]).Where(id => id is not null));
        var answer = latest.Last(a => (string?)a!["type"] == "message")!;
        Assert.Contains("W 2023 r.", (string?)answer["text"], StringComparison.Ordinal);
        Assert.Equal((string?)latest[0]!["id"], (string?)answer["replyToId"]);
        Assert.Equal(client.ConversationId + "|0000006", (string?)answer["id"]);
    }

    [Fact]
    public async Task SigningKey_NoConfiguration_IsKeptInTheDataFolderWithMode600()
    {
        await using var app = await TestApp.StartAsync(dataPath: _data.FullName);
        await new DirectLineClient(app).GetTokenAsync();

        var key = Path.Combine(_data.FullName, DataFolder.SigningKeyFile);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(key));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Path.Combine(_data.FullName, DataFolder.StateFile)));
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        _data.Delete(recursive: true);
    }
}
