using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using PoznanAsk.Testing;

namespace PoznanAsk.Web.Tests.Teams;

/// <summary>The Teams app package is uploadable: schema 1.17+, Teams' field limits, icon sizes and colours.</summary>
public sealed class TeamsManifestTests
{
    private static readonly string Folder = Path.Combine(TestPaths.RepoRoot, "teams");

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
