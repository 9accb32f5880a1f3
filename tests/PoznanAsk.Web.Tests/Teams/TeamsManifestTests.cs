using System.Buffers.Binary;
using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json.Nodes;
using PoznanAsk.Testing;
using PoznanAsk.Web.Tests.Testing;

namespace PoznanAsk.Web.Tests.Teams;

/// <summary>
/// The Teams app package is uploadable: schema 1.17+, Teams' field limits, icon sizes and colours, and prompt
/// starters (<c>bots[].commandLists</c>) of the shape the manifest schema allows, each a question the service answers.
/// </summary>
public sealed class TeamsManifestTests : IClassFixture<RealEngine>
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "teams");
    private static readonly string[] BotScopes = ["team", "personal", "groupChat"];
    private readonly RealEngine _engine;

    public TeamsManifestTests(RealEngine engine) => _engine = engine;

    private static JsonNode Manifest() => JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!;

    private static IEnumerable<JsonObject> Commands(JsonNode manifest) =>
        manifest["bots"]![0]!["commandLists"]!.AsArray().SelectMany(l => l!["commands"]!.AsArray()).Select(c => c!.AsObject());

    [Fact]
    public void CommandLists_Shape_IsWhatTheManifestSchemaAllows()
    {
        var bot = Manifest()["bots"]![0]!;
        var botScopes = bot["scopes"]!.AsArray().Select(s => (string)s!).ToList();
        var lists = bot["commandLists"]!.AsArray();

        Assert.All(botScopes, s => Assert.Contains(s, BotScopes));
        Assert.InRange(lists.Count, 1, 3);
        Assert.Contains(lists, l => l!["scopes"]!.AsArray().Any(s => (string?)s == "personal")); // prompt starters show in personal chats
        foreach (var list in lists.Select(l => l!.AsObject()))
        {
            Assert.Equal(["commands", "scopes"], list.Select(p => p.Key).Order(StringComparer.Ordinal));
            var scopes = list["scopes"]!.AsArray().Select(s => (string)s!).ToList();
            Assert.InRange(scopes.Count, 1, 3);
            Assert.All(scopes, s => Assert.Contains(s, botScopes));
            var commands = list["commands"]!.AsArray().Select(c => c!.AsObject()).ToList();
            Assert.InRange(commands.Count, 1, 10);
            Assert.All(commands, c => Assert.Equal(["description", "title"], c.Select(p => p.Key).Order(StringComparer.Ordinal)));
            Assert.Equal(commands.Count, commands.Select(c => (string)c["title"]!).Distinct(StringComparer.Ordinal).Count());
        }
    }

    [Fact]
    public void PromptStarters_EachIsAQuestionTheReportsAnswerWithCitations()
    {
        foreach (var command in Commands(Manifest()))
        {
            var prompt = (string)command["description"]!;

            var answer = _engine.Engine.Ask(prompt);

            Assert.EndsWith("?", prompt, StringComparison.Ordinal);
            Assert.True(answer.Found, $"prompt starter not answered: {prompt}\n{answer.Text}");
            Assert.NotEmpty(answer.Citations);
        }
    }

    [Fact]
    public async Task Package_FillsTheAppIdAndKeepsThePromptStarters()
    {
        const string appId = "6a1e4a9c-52b7-4a4e-8e63-0c3b8b1f6d21";
        var start = new ProcessStartInfo(Path.Combine(Folder, "package")) { RedirectStandardError = true, RedirectStandardOutput = true };
        start.Environment["MICROSOFT_APP_ID"] = appId;
        start.Environment["POZNANASK_PUBLIC_URL"] = "https://czat.poznan.example";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, await stderr);
        using var zip = ZipFile.OpenRead(Path.Combine(TestPaths.RepoRoot, "artifacts", "teams", "poznanask-teams.zip"));
        Assert.Equal(["color.png", "manifest.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        var packaged = JsonNode.Parse(await reader.ReadToEndAsync())!;
        Assert.Equal((appId, appId), ((string?)packaged["id"], (string?)packaged["bots"]![0]!["botId"]));
        Assert.Equal(["czat.poznan.example"], packaged["validDomains"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(Commands(Manifest()).Select(c => c.ToJsonString()), Commands(packaged).Select(c => c.ToJsonString()));
    }

    [Fact]
    public void Manifest_Fields_AreWithinTeamsLimits()
    {
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Combine(Folder, "manifest.json")))!;

        Assert.True(Version.Parse((string)manifest["manifestVersion"]!) >= new Version(1, 17));
        Assert.Contains("v" + (string)manifest["manifestVersion"]!, (string)manifest["$schema"]!, StringComparison.Ordinal);
        Assert.True(Guid.TryParse((string?)manifest["id"], out _));
        Assert.InRange(((string)manifest["name"]!["short"]!).Length, 1, 30);
        Assert.InRange(((string)manifest["name"]!["full"]!).Length, 1, 100);
        Assert.InRange(((string)manifest["description"]!["short"]!).Length, 1, 80);
        Assert.InRange(((string)manifest["description"]!["full"]!).Length, 1, 4000);
        Assert.Matches("^#[0-9A-Fa-f]{6}$", (string?)manifest["accentColor"]);
        var bot = Assert.Single(manifest["bots"]!.AsArray())!;
        Assert.Equal((string?)manifest["id"], (string?)bot["botId"]);
        foreach (var command in bot["commandLists"]![0]!["commands"]!.AsArray())
        {
            Assert.InRange(((string)command!["title"]!).Length, 1, 32);
            Assert.InRange(((string)command["description"]!).Length, 1, 128);
        }

        foreach (var url in new[] { "websiteUrl", "privacyUrl", "termsOfUseUrl" })
        {
            Assert.StartsWith("https://", (string?)manifest["developer"]![url], StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("color.png", 192)]
    [InlineData("outline.png", 32)]
    public void Icon_IsASquarePngOfTheRequiredSize(string file, int size)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Folder, file));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], bytes[..4]);
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16)));
        Assert.Equal(size, BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20)));
    }

    [Fact]
    public void OutlineIcon_IsWhiteOnTransparent()
    {
        var pixels = DecodeRgba(File.ReadAllBytes(Path.Combine(Folder, "outline.png")), 32);

        Assert.All(pixels, p => Assert.True(p.A == 0 || (p.R, p.G, p.B, p.A) == (255, 255, 255, 255), $"pixel {p}"));
        Assert.Contains(pixels, p => p.A == 255);
    }

    // The icons are written unfiltered, 8-bit RGBA, one IDAT chunk (teams/make-icons.py).
    private static List<(byte R, byte G, byte B, byte A)> DecodeRgba(byte[] png, int size)
    {
        var at = 8;
        var data = new MemoryStream();
        while (at < png.Length)
        {
            var length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            var kind = System.Text.Encoding.ASCII.GetString(png, at + 4, 4);
            if (kind == "IDAT")
            {
                data.Write(png, at + 8, length);
            }

            at += 12 + length;
        }

        data.Position = 0;
        using var zlib = new ZLibStream(data, CompressionMode.Decompress);
        var raw = new MemoryStream();
        zlib.CopyTo(raw);
        var bytes = raw.ToArray();
        var pixels = new List<(byte, byte, byte, byte)>();
        for (var y = 0; y < size; y++)
        {
            var row = y * ((size * 4) + 1);
            Assert.Equal(0, bytes[row]);
            for (var x = 0; x < size; x++)
            {
                var p = row + 1 + (x * 4);
                pixels.Add((bytes[p], bytes[p + 1], bytes[p + 2], bytes[p + 3]));
            }
        }

        return pixels;
    }
}
