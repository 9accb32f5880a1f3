using PoznanAsk.Knowledge.Index;
using PoznanAsk.Knowledge.Tests.Support;
using PoznanAsk.Testing;

namespace PoznanAsk.Knowledge.Tests.Index;

/// <summary>A damaged file of the Lucene.Net index is a clear <see cref="IndexCorruptException"/> naming it, never a half-read index.</summary>
public sealed class IndexCorruptionTests : IDisposable
{
    private readonly TempFolder _reports = new();
    private readonly TempFolder _index = new();

    public static TheoryData<string> Damages => new() { "flip", "truncate", "delete" };

    [Theory]
    [MemberData(nameof(Damages))]
    public void Open_DamagedIndexFile_ThrowsIndexCorruptNamingTheFile(string damage)
    {
        Build();
        var files = Directory.GetFiles(_index.Path).Where(f => !Path.GetFileName(f).StartsWith("write.lock", StringComparison.Ordinal) && !f.EndsWith("segments.gen", StringComparison.Ordinal))
            .OrderByDescending(f => new FileInfo(f).Length).ToList();
        var victim = files[0];
        var bytes = File.ReadAllBytes(victim);
        switch (damage)
        {
            case "flip":
                bytes[bytes.Length / 2] ^= 0x5A;
                File.WriteAllBytes(victim, bytes);
                break;
            case "truncate":
                File.WriteAllBytes(victim, bytes[..(bytes.Length / 2)]);
                break;
            default:
                File.Delete(victim);
                break;
        }

        var error = Assert.Throws<IndexCorruptException>(() => KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas));
        Assert.Equal(Path.GetFileName(victim), error.File);
        Assert.Contains(Path.GetFileName(victim), error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_SegmentsFileWithFlippedByte_ThrowsIndexCorrupt()
    {
        Build();
        var segments = Directory.GetFiles(_index.Path, "segments_*").Single();
        var bytes = File.ReadAllBytes(segments);
        bytes[bytes.Length / 2] ^= 0x01;
        File.WriteAllBytes(segments, bytes);
        var error = Assert.Throws<IndexCorruptException>(() => KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas));
        Assert.Equal(Path.GetFileName(segments), error.File);
    }

    [Fact]
    public void Open_EmptyFolder_SaysThereIsNoIndex()
    {
        var error = Assert.Throws<KnowledgeException>(() => KnowledgeIndex.Open(_index.Path, Support.Analysis.WithLemmas));
        Assert.Contains("Brak indeksu", error.Message, StringComparison.Ordinal);
    }

    private void Build()
    {
        _reports.CopyFilesFrom(TestPaths.Seeds);

        using var index = KnowledgeIndex.OpenOrCreate(_index.Path, Support.Analysis.WithLemmas);
        index.Update(_reports.Path);
    }

    public void Dispose()
    {
        _reports.Dispose();
        _index.Dispose();
    }
}
