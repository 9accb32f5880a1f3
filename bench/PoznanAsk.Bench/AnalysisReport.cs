using PoznanAsk.Analysis;
using PoznanAsk.Analysis.Filters;
using PoznanAsk.Analysis.Stempel;

namespace PoznanAsk.Bench;

/// <summary>
/// <c>analysis --report</c>: measures the index chain's deviations from Lucene and the folding
/// options on a vocabulary (the corpus, and the seed reports separately), for docs/analysis.md.
/// </summary>
internal static class AnalysisReport
{
    public static void Print(PolishAnalysis analysis, List<string> corpus, string? seedsDir)
    {
        var sets = new List<(string Name, List<string> Texts)> { ("corpus", corpus) };
        if (seedsDir is not null && Directory.Exists(seedsDir))
        {
            sets.Insert(0, ("seeds", [.. Directory.GetFiles(seedsDir, "*.txt").Order(StringComparer.Ordinal).Select(File.ReadAllText)]));
        }

        foreach (var (name, texts) in sets)
        {
            var vocabulary = Vocabulary(analysis, texts);
            Console.WriteLine($"== {name}: {vocabulary.Count:N0} distinct forms after stop words, {vocabulary.Values.Sum():N0} occurrences");
            Deviations(analysis, vocabulary);
            Folding(analysis, vocabulary);
        }
    }

    /// <summary>Lower-cased forms (stop words removed, as in the chains) with their occurrence counts.</summary>
    private static Dictionary<string, int> Vocabulary(PolishAnalysis analysis, List<string> texts)
    {
        var forms = new Dictionary<string, int>(StringComparer.Ordinal);
        var unstemmed = analysis.CreateChain("report-unstemmed", t => t);
        foreach (var text in texts)
        {
            unstemmed.Analyze(text, (term, _, _, _, _) =>
            {
                var lookup = forms.GetAlternateLookup<ReadOnlySpan<char>>();
                lookup[term] = lookup.TryGetValue(term, out int n) ? n + 1 : 1;
            });
        }

        return forms;
    }

    private static void Deviations(PolishAnalysis analysis, Dictionary<string, int> vocabulary)
    {
        var stemmer = analysis.Stemmer;
        string Lucene(string f) => f.Length <= StempelFilter.MinLength ? f : stemmer.Stem(f) ?? f;
        var luceneStem = vocabulary.Keys.ToDictionary(f => f, Lucene, StringComparer.Ordinal);
        var byStem = luceneStem.GroupBy(p => p.Value, p => p.Key).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        foreach (var guard in new[] { StemGuards.Digits, StemGuards.Joined, StemGuards.ShortStems })
        {
            var affected = vocabulary.Keys.Where(f => f.Length > StempelFilter.MinLength && luceneStem[f] != f && (guard == StemGuards.ShortStems
                ? luceneStem[f].Length < StempelFilter.MinLength
                : StempelFilter.IsGuarded(f, guard))).ToList();
            var affectedSet = affected.ToHashSet(StringComparer.Ordinal);
            int collided = affected.Count(f => byStem[luceneStem[f]].Count > 1);
            int separatedFromOthers = affected.Count(f => byStem[luceneStem[f]].Any(o => o != f && !affectedSet.Contains(o)));
            var examples = affected.Where(f => byStem[luceneStem[f]].Count > 1).OrderByDescending(f => vocabulary[f]).Take(4)
                .Select(f => $"{f}→{luceneStem[f]} (shared with {string.Join("/", byStem[luceneStem[f]].Where(o => o != f).Take(3))})");
            Console.WriteLine($"  guard {guard}: {affected.Count:N0} forms ({affected.Sum(f => vocabulary[f]):N0} occurrences) kept unstemmed; " +
                $"{collided:N0} of them shared their Lucene stem with another form; {separatedFromOthers:N0} with an unguarded form. e.g. {string.Join("; ", examples)}");
        }
    }

    private static void Folding(PolishAnalysis analysis, Dictionary<string, int> vocabulary)
    {
        var options = new (string Name, Analyzer Analyzer)[]
        {
            ("A fold→stem (chosen)", analysis.Folded),
            ("B stem→fold", analysis.CreateChain("report-stem-fold", t => new FoldingFilter(new StempelFilter(t, analysis.Stemmer, PolishAnalysis.IndexGuards)))),
            ("C fold, no stem", analysis.CreateChain("report-fold", t => new FoldingFilter(t))),
        };
        var primary = vocabulary.Keys.ToDictionary(f => f, f => First(analysis.Stemmed, f), StringComparer.Ordinal);
        var withDiacritics = vocabulary.Keys.Where(f => DiacriticFolding.Changes(f)).ToList();
        var groups = primary.Where(p => p.Value is not null).GroupBy(p => p.Value!, p => p.Key).Where(g => g.Count() > 1).ToList();
        int primaryTerms = primary.Values.Where(v => v is not null).Distinct(StringComparer.Ordinal).Count();
        Console.WriteLine($"  folding: {withDiacritics.Count:N0} forms with diacritics; {groups.Count:N0} primary-stem groups of ≥ 2 forms; {primaryTerms:N0} primary terms");
        foreach (var (name, analyzer) in options)
        {
            int typedPlain = withDiacritics.Count(f => First(analyzer, DiacriticFolding.Fold(f)) == First(analyzer, f));
            int groupsKept = groups.Count(g => g.Select(f => First(analyzer, f)).Distinct(StringComparer.Ordinal).Count() == 1);
            var termOfPrimary = primary.Where(p => p.Value is not null)
                .GroupBy(p => p.Value!, p => First(analyzer, p.Key))
                .ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
            int mergedPrimaries = termOfPrimary.GroupBy(p => p.Value).Where(g => g.Count() > 1).Sum(g => g.Count());
            Console.WriteLine($"    {name,-22} plain-typed form matches: {100.0 * typedPlain / Math.Max(1, withDiacritics.Count),5:F1}%  " +
                $"primary groups kept whole: {100.0 * groupsKept / Math.Max(1, groups.Count),5:F1}%  " +
                $"primary terms merged with another: {mergedPrimaries:N0} ({100.0 * mergedPrimaries / Math.Max(1, primaryTerms):F1}%)");
        }
    }

    private static string? First(Analyzer analyzer, string word)
    {
        string? first = null;
        analyzer.Analyze(word, (term, _, _, _, _) => first ??= term.ToString());
        return first;
    }
}
