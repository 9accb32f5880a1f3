using System.IO.Compression;
using System.Text;
using PoznanAsk.Analysis.Morfologik;
using PoznanAsk.Testing;

namespace PoznanAsk.Analysis.Tests.Morfologik;

/// <summary>
/// Lemmas and tags identical to the real morfologik 2.1.6 <c>DictionaryLookup</c> (same pairs, same
/// order) for every word of golden-lookup.tsv.gz (142,145 distinct forms made by make_words.py and
/// the oracle's <c>run lookup</c>: dictionary forms, hunspell-pl forms, seed tokens, Capitalised and
/// UPPER variants, edge cases).
/// </summary>
public sealed class GoldenLookupTests(PolishDictionaryFixture fixture) : IClassFixture<PolishDictionaryFixture>
{
    private static readonly string GoldenPath = Path.Combine(TestPaths.TestData, "morfologik", "golden-lookup.tsv.gz");

    [Fact]
    public void Lookup_EveryGoldenWord_MatchesJavaDictionaryLookup()
    {
        var lookup = fixture.Dictionary.CreateLookup();
        var results = new List<WordLemma>();
        var lines = ReadGolden();
        var mismatches = new List<string>();
        int found = 0, pairs = 0;
        foreach (var line in lines)
        {
            var fields = line.Split('\t');
            results.Clear();
            lookup.Lookup(fields[0], results);
            var actual = new StringBuilder(fields[0]).Append('\t').Append(results.Count);
            foreach (var r in results)
            {
                actual.Append('\t').Append(r.Lemma).Append('\t').Append(r.Tag ?? "");
            }

            if (actual.ToString() != line && mismatches.Count < 20)
            {
                mismatches.Add($"expected {line}\n     got {actual}");
            }

            found += results.Count > 0 ? 1 : 0;
            pairs += results.Count;
        }

        Assert.True(lines.Count >= 100_000, $"golden file has only {lines.Count} words");
        Assert.True(found > 50_000, $"only {found} words found");
        Assert.Empty(mismatches);
    }

    [Fact]
    public void Find_EveryGoldenWord_SameEntriesAsLookup()
    {
        var lookup = fixture.Dictionary.CreateLookup();
        var results = new List<WordLemma>();
        foreach (var line in ReadGolden().Take(20_000))
        {
            var word = line[..line.IndexOf('\t', StringComparison.Ordinal)];
            results.Clear();
            lookup.Lookup(word, results);
            var found = lookup.Find(word);
            Assert.Equal(results.Count, found.Count);
            var i = 0;
            foreach (var entry in found)
            {
                Assert.Equal(results[i].Lemma, entry.Lemma.ToString());
                Assert.Equal(results[i].Tag, entry.HasTag ? entry.Tag.ToString() : null);
                i++;
            }
        }
    }

    internal static List<string> ReadGolden()
    {
        using var file = File.OpenRead(GoldenPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, new UTF8Encoding(false, true));
        return [.. reader.ReadToEnd().Split('\n').Where(l => l.Length > 0)];
    }
}
