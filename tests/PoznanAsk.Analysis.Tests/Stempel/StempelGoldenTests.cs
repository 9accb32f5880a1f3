using PoznanAsk.Analysis.Tests.Support;

namespace PoznanAsk.Analysis.Tests.Stempel;

/// <summary>The 20,000 golden words of the real Lucene: patch AND stem must match (a right stem from a wrong patch hides bugs).</summary>
public class StempelGoldenTests
{
    [Fact]
    public void Stem_AllGoldenWords_PatchAndStemIdenticalToLucene()
    {
        var stemmer = TestAnalysis.Instance.Stemmer;
        var rows = GoldenFiles.ReadTsv("stempel-words-trace.tsv.gz").ToList();
        var failures = new List<string>();
        foreach (var row in rows)
        {
            string word = row[0], patch = row[1], stem = row[2];
            string? ourPatch = stemmer.Patch(word);
            string ourStem = stemmer.Stem(word) ?? string.Empty;
            if (ourPatch != patch || ourStem != stem)
            {
                failures.Add($"{word}: patch {ourPatch} (Lucene {patch}), stem {ourStem} (Lucene {stem})");
            }
        }

        Assert.Equal(20_000, rows.Count);
        Assert.True(failures.Count == 0, $"{failures.Count} differences, first: {string.Join("; ", failures.Take(10))}");
    }
}
