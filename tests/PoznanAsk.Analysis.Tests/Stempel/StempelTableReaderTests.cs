using System.Buffers.Binary;
using System.Text;
using PoznanAsk.Analysis.Stempel;
using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests.Stempel;

public sealed class StempelTableReaderTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("poznanask-stempel-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public void Load_MissingFile_ThrowsNamingFileAndSetup()
    {
        string path = Path.Combine(_dir, "stemmer_20000.tbl");
        var ex = Assert.Throws<AnalysisException>(() => StempelTableReader.Load(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("not found", ex.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/setup", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(3)]
    [InlineData(7)]
    [InlineData(100_000)]
    [InlineData(2_225_191)]
    public void Load_TruncatedTable_ThrowsNamingFile(int keptBytes)
    {
        string path = Path.Combine(_dir, "truncated.tbl");
        File.WriteAllBytes(path, File.ReadAllBytes(TestAnalysis.Options.StempelTablePath)[..keptBytes]);
        var ex = Assert.Throws<AnalysisException>(() => StempelTableReader.Load(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("truncated", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_TrailingBytes_ThrowsNamingFile()
    {
        string path = Path.Combine(_dir, "trailing.tbl");
        File.WriteAllBytes(path, [.. File.ReadAllBytes(TestAnalysis.Options.StempelTablePath), 0]);
        var ex = Assert.Throws<AnalysisException>(() => StempelTableReader.Load(path));
        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
        Assert.Contains("1 unexpected byte", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ShippedTable_EndsExactlyAtEndOfFile()
    {
        var bytes = File.ReadAllBytes(TestAnalysis.Options.StempelTablePath);
        Assert.Equal(2_225_192, bytes.Length);
        Assert.Equal(8, StempelTableReader.Parse(bytes, "shipped").Tries.Length);
    }

    [Fact]
    public void Parse_CellPointingOutsideTheRows_ThrowsCorrupt()
    {
        var ex = Assert.Throws<AnalysisException>(() => StempelTableReader.Parse(SingleTrie(cmd: 0, @ref: 5), "bad.tbl"));
        Assert.Contains("bad.tbl", ex.Message, StringComparison.Ordinal);
        Assert.Contains("corrupt", ex.Message, StringComparison.Ordinal);
    }

    /// <summary>A hand-built single-trie table ("-0E2", no 'M'): one row mapping 'a' → command "Da".</summary>
    [Fact]
    public void Parse_SingleTrieTable_StemsWithItsOnlyTrie()
    {
        var stemmer = new StempelStemmer(StempelTableReader.Parse(SingleTrie(cmd: 0, @ref: -1), "single.tbl"));
        Assert.Equal("kot", stemmer.Stem("kota"));
        Assert.Null(stemmer.Stem("kotb"));
    }

    private static byte[] SingleTrie(int cmd, int @ref)
    {
        var bytes = new List<byte>();
        void Int(int v)
        {
            var b = new byte[4];
            BinaryPrimitives.WriteInt32BigEndian(b, v);
            bytes.AddRange(b);
        }

        void Utf(string s)
        {
            var b = Encoding.UTF8.GetBytes(s);
            bytes.Add((byte)(b.Length >> 8));
            bytes.Add((byte)b.Length);
            bytes.AddRange(b);
        }

        Utf("-0E2");
        bytes.Add(0); // forward = false
        Int(0); // root
        Int(1);
        Utf("Da");
        Int(1); // rows
        Int(1); // cells
        bytes.Add(0);
        bytes.Add((byte)'a');
        Int(cmd);
        Int(1);
        Int(@ref);
        Int(0);
        return [.. bytes];
    }
}
