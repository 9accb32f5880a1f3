using System.Text;
using PoznanAsk.Analysis.Morfologik;

namespace PoznanAsk.Analysis.Tests.Morfologik;

public sealed class Fsa5Tests : IDisposable
{
    private const string SuffixInfo = "fsa.dict.separator=+\nfsa.dict.encoding=UTF-8\nfsa.dict.encoder=SUFFIX\n";

    private static readonly string[] Entries =
    [
        "kot+A+subst:sg:nom:m2",
        "kota+B+subst:sg:acc:m2+subst:sg:gen:m2",
        "kota+Bek+subst:sg:gen:m3",
        "koty+B+subst:pl:nom:m2",
        "kotów+Da+subst:pl:gen:f",
        "kotów+D+subst:pl:gen:m2",
        "związku+Cek+subst:sg:gen:m3",
        "ab",
        "abc+A",
    ];

    private readonly string _dir = Directory.CreateTempSubdirectory("fsa5-").FullName;

    public static TheoryData<bool, int> Layouts => new() { { false, 0 }, { true, 0 }, { false, 2 }, { true, 2 } };

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Lookup_HandBuiltFsa5_ReturnsEntriesInByteOrder(bool useNext, int nodeDataLength)
    {
        var lookup = Load(useNext, nodeDataLength, SuffixInfo).CreateLookup();
        Assert.Equal(["kot|subst:sg:nom:m2"], Find(lookup, "kot"));
        Assert.Equal(["kot|subst:sg:acc:m2+subst:sg:gen:m2", "kotek|subst:sg:gen:m3"], Find(lookup, "kota"));
        Assert.Equal(["kot|subst:pl:gen:m2", "kota|subst:pl:gen:f"], Find(lookup, "kotów"));
        Assert.Equal(["związek|subst:sg:gen:m3"], Find(lookup, "związku"));
        Assert.Equal(["abc|"], Find(lookup, "abc"));
        Assert.Empty(Find(lookup, "ab"));    // a bare stored form without lemma data is no entry
        Assert.Empty(Find(lookup, "ko"));    // a prefix of forms only
        Assert.Empty(Find(lookup, "kotek")); // missing arc
        Assert.Empty(Find(lookup, "kot+")); // contains the separator
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public void Load_HandBuiltFsa5_ReportsFormat(bool useNext, int nodeDataLength)
    {
        var dictionary = Load(useNext, nodeDataLength, SuffixInfo);
        Assert.Equal(nodeDataLength > 0 ? "FSA5+NUMBERS" : "FSA5", dictionary.Format);
    }

    [Fact]
    public void Lookup_FrequencyIncluded_DropsTheFrequencyByte()
    {
        var lookup = Load(true, 0, SuffixInfo + "fsa.dict.frequency-included=true\n").CreateLookup();
        Assert.Equal(["kot|subst:sg:nom:m"], Find(lookup, "kot"));
    }

    [Fact]
    public void Lookup_InputConversion_AppliedBeforeLookup()
    {
        var lookup = Load(false, 0, SuffixInfo + "fsa.dict.input-conversion=q k\n").CreateLookup();
        Assert.Equal(["kot|subst:sg:nom:m2"], Find(lookup, "qot"));
    }

    [Fact]
    public void Load_TruncatedFsa5_ThrowsNamingTheFile()
    {
        var bytes = Fsa5TestWriter.Write(Entries.Select(Encoding.UTF8.GetBytes), useNext: true);
        var path = Path.Combine(_dir, "cut.dict");
        File.WriteAllText(Path.ChangeExtension(path, ".info"), SuffixInfo);
        File.WriteAllBytes(path, bytes[..^7]);
        var e = Assert.Throws<MorfologikDictionaryException>(() => MorfologikDictionary.Load(path));
        Assert.Equal(path, e.FilePath);
        Assert.Contains("cut.dict", e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private static List<string> Find(MorfologikLookup lookup, string word)
    {
        var results = new List<WordLemma>();
        lookup.Lookup(word, results);
        return [.. results.Select(r => $"{r.Lemma}|{r.Tag}")];
    }

    private MorfologikDictionary Load(bool useNext, int nodeDataLength, string info)
    {
        var path = Path.Combine(_dir, $"test-{useNext}-{nodeDataLength}-{info.Length}.dict");
        File.WriteAllBytes(path, Fsa5TestWriter.Write(Entries.Select(Encoding.UTF8.GetBytes), useNext, nodeDataLength));
        File.WriteAllText(Path.ChangeExtension(path, ".info"), info);
        return MorfologikDictionary.Load(path);
    }
}
