using PoznanAsk.Search.Reading;
using PoznanAsk.Search.Tests.Fakes;

namespace PoznanAsk.Search.Tests.Storage;

public sealed class CorruptionTests : IDisposable
{
    private readonly TestIndex _index = new();

    public CorruptionTests()
    {
        using var writer = _index.OpenWriter();
        writer.Add(TestIndex.Passage("p1", "Poznań należy do Związku Miast Polskich.", source: "a.txt"));
        writer.Add(TestIndex.Passage("p2", "Poznań jest członkiem Eurocities.", source: "b.txt"));
        writer.Commit();
        writer.DeleteByTerm("source", "a.txt");
        writer.Commit();
    }

    public static TheoryData<string, string> Damage => new()
    {
        { ".seg", "flip" },
        { ".seg", "truncate" },
        { ".seg", "empty" },
        { ".del", "flip" },
        { ".del", "truncate" },
        { "segments_", "flip" },
        { "segments_", "truncate" },
    };

    [Theory]
    [MemberData(nameof(Damage))]
    public void Open_DamagedFile_ThrowsCorruptionNamingTheFile(string kind, string damage)
    {
        var path = Directory.GetFiles(_index.Path).Single(f => Path.GetFileName(f).Contains(kind, StringComparison.Ordinal) && !f.EndsWith(".tmp", StringComparison.Ordinal));
        var bytes = File.ReadAllBytes(path);
        bytes = damage switch
        {
            "flip" => Flip(bytes, bytes.Length / 2),
            "truncate" => bytes[..(bytes.Length - 5)],
            _ => [],
        };
        File.WriteAllBytes(path, bytes);

        var e = Assert.Throws<IndexCorruptException>(() => IndexReader.Open(_index.Path));
        Assert.Equal(Path.GetFileName(path), e.FileName);
        Assert.Contains(Path.GetFileName(path), e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Open_MissingSegmentFile_ThrowsCorruptionNamingTheFile()
    {
        var seg = Directory.GetFiles(_index.Path, "*.seg").Single();
        File.Delete(seg);
        var e = Assert.Throws<IndexCorruptException>(() => IndexReader.Open(_index.Path));
        Assert.Equal(Path.GetFileName(seg), e.FileName);
    }

    [Fact]
    public void Open_EveryByteFlipped_NeverGarbage()
    {
        var seg = Directory.GetFiles(_index.Path, "*.seg").Single();
        var original = File.ReadAllBytes(seg);
        for (var i = 0; i < original.Length; i++)
        {
            File.WriteAllBytes(seg, Flip((byte[])original.Clone(), i));
            Assert.Throws<IndexCorruptException>(() => IndexReader.Open(_index.Path));
        }
    }

    [Fact]
    public void OpenWriter_LeftoverFilesOfCrashedCommit_Removed()
    {
        File.WriteAllBytes(Path.Combine(_index.Path, "_99.seg"), [1, 2, 3]);
        File.WriteAllBytes(Path.Combine(_index.Path, "segments_7.tmp"), [1, 2, 3]);
        using (_index.OpenWriter())
        {
        }

        Assert.False(File.Exists(Path.Combine(_index.Path, "_99.seg")));
        Assert.False(File.Exists(Path.Combine(_index.Path, "segments_7.tmp")));
        Assert.Equal(1, IndexReader.Open(_index.Path).NumDocs);
    }

    [Fact]
    public void Open_NewerCommitPointDamaged_FallsBackToPreviousValidCommit()
    {
        using (var writer = _index.OpenWriter())
        {
            writer.Add(TestIndex.Passage("p3", "Trzeci akapit."));
            writer.Commit();
        }

        // A torn newest commit point next to an intact older one whose files still exist.
        var newest = CommitPointPath(3);
        File.Copy(CommitPointPath(3), CommitPointPath(4));
        File.WriteAllBytes(CommitPointPath(4), File.ReadAllBytes(newest)[..10]);
        var reader = IndexReader.Open(_index.Path);
        Assert.Equal(3, reader.Generation);
    }

    private string CommitPointPath(int generation) => Path.Combine(_index.Path, "segments_" + generation);

    private static byte[] Flip(byte[] bytes, int at)
    {
        bytes[at] ^= 0x5A;
        return bytes;
    }

    public void Dispose() => _index.Dispose();
}
