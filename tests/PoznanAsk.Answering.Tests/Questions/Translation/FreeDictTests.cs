using PoznanAsk.Answering.Questions.Translation;
using PoznanAsk.Testing;

namespace PoznanAsk.Answering.Tests.Questions.Translation;

public sealed class FreeDictTests
{
    // Entries as the FreeDict eng-pol dictionary writes them: headword line, then sense lines.
    public static TheoryData<string, string[]> Entries => new()
    {
        { "population /ˌpɒpjəˈleɪʃən/ <N>\n 1.  ludność\n 2.  populacja\n", ["ludność", "populacja"] },
        { "budget /ˈbʌʤɪt/\nI.  <N>  budżet\nII.  <V>  planować budżet (for - na)\nIII.  <Adj>  oszczędny, tani\nIV.  <V Phras>budget for   uwzględniać w wydatkach, uwzględniać\n",
            ["budżet", "planować budżet", "oszczędny", "tani"] },
        { "city /ˈsɪtɪ/ <N>\n 1.  miasto\n 2. the City  centrum Londynu\n", ["miasto"] },
        { "attend /əˈtend/ <V>\n 1.  uczestniczyć\n 2.  uczęszczać (sth - do czegoś)\n 4.  [form]  zwracać baczną uwagę (to sth - na coś)\n",
            ["uczestniczyć", "uczęszczać", "zwracać baczną uwagę"] },
        { "event /ɪˈvent/ <N>\n 1.  wydarzenie, zdarzenie\n 3.  [form]  in the event (that) (:in :the :event (:that))\n - w wypadku, gdy, w wypadku\n",
            ["wydarzenie", "zdarzenie"] },
        { "share /ʃeə/\nI.  <V> 1.  dzielić się, dzielić (with sb - z kimś)\nII.  <N> 1.  część, udział\n", ["dzielić", "część", "udział"] },
    };

    [Theory]
    [MemberData(nameof(Entries))]
    public void Parse_Entry_GivesTranslationsInOrder(string entry, string[] expected)
    {
        Assert.Equal(expected, FreeDict.Parse(entry));
    }

    public static TheoryData<string, string> Lookups => new()
    {
        { "budget", "budżet" },
        { "population", "ludność" },
        { "expenditure", "wydatki" },
        { "tram", "tramwaj" },
        { "grant", "dotacja" },
        { "ambassador", "ambasador" },
    };

    [Theory]
    [MemberData(nameof(Lookups))]
    public void Translations_DebianDictionary_FirstIsTheCommonSense(string english, string polish)
    {
        var dictionary = FreeDict.LoadFrom(TestPaths.Resources);

        Assert.Equal(polish, dictionary.Translations(english)[0]);
    }

    [Fact]
    public void Translations_UnknownWord_IsEmpty()
    {
        Assert.Empty(FreeDict.LoadFrom(TestPaths.Resources).Translations("interpellationz"));
    }

    [Fact]
    public void Load_MissingFile_NamesItAndSetup()
    {
        var ex = Assert.Throws<AnsweringException>(() => FreeDict.LoadFrom(Path.Combine(Path.GetTempPath(), "no-such-resources-" + Guid.NewGuid())));

        Assert.Contains("freedict-eng-pol.index", ex.Message, StringComparison.Ordinal);
        Assert.Contains("scripts/setup", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_IndexLineNotDictd_IsAnErrorWithTheLine()
    {
        var dir = Directory.CreateTempSubdirectory("poznanask-freedict-");
        try
        {
            File.WriteAllText(Path.Combine(dir.FullName, "x.index"), "budget\tBRE\tBA\nzły wiersz\n");
            File.WriteAllText(Path.Combine(dir.FullName, "x.dict"), new string('x', 10_000));

            var ex = Assert.Throws<AnsweringException>(() => FreeDict.Load(Path.Combine(dir.FullName, "x.index"), Path.Combine(dir.FullName, "x.dict")));

            Assert.Contains("line 2", ex.Message, StringComparison.Ordinal);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }
}
