using PoznanAsk.Analysis.Morfologik;

namespace PoznanAsk.Analysis.Tests.Morfologik;

/// <summary>Missing, truncated and corrupted dictionary files fail at load with an error naming the file.</summary>
public sealed class DictionaryLoadErrorTests : IDisposable
{
    private static readonly Lazy<byte[]> Original = new(() => File.ReadAllBytes(PolishDictionaryFixture.DictPath));
    private readonly string _dir = Directory.CreateTempSubdirectory("morfologik-").FullName;

    public static TheoryData<int> TruncatedLengths => [0, 3, 5, 7, 8, 20, 39, 40, 44, 1000, 1_398_707, 2_797_000, 2_797_414];

    [Theory]
    [MemberData(nameof(TruncatedLengths))]
    public void Load_TruncatedDictionary_ThrowsNamingTheFile(int length)
    {
        var path = Write("polish.dict", Original.Value[..length]);
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path));
        Assert.Equal(path, e.FilePath);
        Assert.Contains(path, e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 0x00, "magic")]
    [InlineData(4, 0xC5, "0xC5")]
    [InlineData(4, 0x07, "unsupported automaton version")]
    [InlineData(5, 0xFF, "flag")]
    [InlineData(7, 0x04, "label")]
    public void Load_CorruptedHeader_ThrowsWithReason(int offset, byte value, string reason)
    {
        var bytes = (byte[])Original.Value.Clone();
        bytes[offset] = value;
        var path = Write("polish.dict", bytes);
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path));
        Assert.Contains(reason, e.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Load_RootAddressOutOfRange_Throws()
    {
        var bytes = (byte[])Original.Value.Clone();
        // The epsilon arc is 40 5E DB 07 (last, explicit label '^', v-int 987); make its v-int 0x0FFFFFFF.
        bytes[40 + 2] = 0xFF;
        bytes[40 + 3] = 0xFF;
        bytes[40 + 4] = 0xFF;
        bytes[40 + 5] = 0x7F;
        var path = Write("polish.dict", bytes);
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path));
        Assert.Contains("root node address", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ByteFlippedWithSha256_ThrowsChecksumError()
    {
        var bytes = (byte[])Original.Value.Clone();
        bytes[1_500_000] ^= 0x01;
        var path = Write("polish.dict", bytes);
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path, null, MorfologikDictionary.PolishDictionarySha256));
        Assert.Contains("sha256", e.Message, StringComparison.Ordinal);
        Assert.Equal(path, e.FilePath);
    }

    [Fact]
    public void Load_IntactCopyWithSha256_Loads()
    {
        var path = Write("polish.dict", Original.Value);
        var dictionary = MorfologikDictionary.Load(path, null, MorfologikDictionary.PolishDictionarySha256);
        Assert.Equal("CFSA2", dictionary.Format);
        Assert.Equal(2_797_415 - 40, dictionary.SizeInBytes);
    }

    [Fact]
    public void Load_MissingDictionary_ThrowsNamingTheFile()
    {
        File.Copy(PolishDictionaryFixture.InfoPath, Path.Combine(_dir, "polish.info"));
        var path = Path.Combine(_dir, "polish.dict");
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path));
        Assert.Equal(path, e.FilePath);
        Assert.Contains("not found", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingInfo_ThrowsNamingTheInfoFile()
    {
        var path = Path.Combine(_dir, "polish.dict");
        File.WriteAllBytes(path, Original.Value);
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path));
        Assert.Equal(Path.Combine(_dir, "polish.info"), e.FilePath);
    }

    [Theory]
    [InlineData("fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\nfsa.dict.uses-prefixes=true\n", "fsa.dict.encoder")]
    [InlineData("fsa.dict.separator=;\nfsa.dict.encoding=UTF-8\n", "fsa.dict.encoder")]
    [InlineData("", "fsa.dict.separator")]
    public void Load_BadInfo_ThrowsNamingTheInfoFile(string info, string reason)
    {
        var path = Path.Combine(_dir, "polish.dict");
        File.WriteAllBytes(path, Original.Value);
        File.WriteAllText(Path.Combine(_dir, "polish.info"), info);
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path));
        Assert.Equal(Path.Combine(_dir, "polish.info"), e.FilePath);
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_InfoNotUtf8_Throws()
    {
        var path = Path.Combine(_dir, "polish.dict");
        File.WriteAllBytes(path, Original.Value);
        File.WriteAllBytes(Path.Combine(_dir, "polish.info"), [.. "fsa.dict.author=Mi"u8, 0xB3, .. "kowski\n"u8]);
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path));
        Assert.Contains("UTF-8", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_OptionsWithoutResources_ThrowsAnalysisException()
    {
        var e = Assert.ThrowsAny<AnalysisException>(() => MorfologikDictionary.Load(new MorfologikOptions { ResourcesPath = "" }));
        Assert.Contains("ResourcesPath", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_AnalyzerWithMissingResources_ThrowsNamingTheDictionary()
    {
        var e = Assert.Throws<MorfologikDictionaryException>(() => PolishLemmaAnalyzer.Load(new MorfologikOptions { ResourcesPath = _dir }));
        Assert.Contains("polish", e.FilePath, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        File.Copy(PolishDictionaryFixture.InfoPath, Path.ChangeExtension(path, ".info"), overwrite: true);
        return path;
    }
}
