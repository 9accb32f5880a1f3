using System.Globalization;

namespace PoznanAsk.Bench.Chain;

/// <summary>
/// tests/TestData/chain/judgments.tsv: <c>origin TAB group TAB question TAB key [TAB key…]</c>, '#' comments.
/// Every key must name exactly one passage of the corpus (so a changed ingest fails loudly instead of
/// silently judging other passages).
/// </summary>
internal static class JudgmentFile
{
    public static readonly string[] Groups = ["plain", "inflected", "no-diacritics", "typo", "english"];

    public static List<Judgment> Read(string path, ChainCorpus corpus)
    {
        var result = new List<Judgment>();
        var errors = new List<string>();
        var lineNo = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNo++;
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var cols = line.Split('\t');
            if (cols.Length < 4 || !Groups.Contains(cols[1]))
            {
                errors.Add(string.Create(CultureInfo.InvariantCulture, $"line {lineNo}: expected origin, group ({string.Join('|', Groups)}), question, keys"));
                continue;
            }

            var relevant = new HashSet<string>(StringComparer.Ordinal);
            foreach (var key in cols[3..])
            {
                var hits = corpus.Resolve(key);
                if (hits.Count != 1)
                {
                    errors.Add(string.Create(CultureInfo.InvariantCulture, $"line {lineNo}: key „{key}” names {hits.Count} passages (must be exactly 1)"));
                    continue;
                }

                relevant.Add(hits[0].Id);
            }

            result.Add(new Judgment(cols[0], cols[1], cols[2], cols[3..], relevant));
        }

        if (errors.Count > 0)
        {
            throw new InvalidDataException(path + ":\n  " + string.Join("\n  ", errors));
        }

        return result;
    }
}
