using PoznanAsk.Analysis;

namespace PoznanAsk.Answering.Questions;

/// <summary>
/// A cue: one or more folded words, each either exact ("ile") or a prefix ("nalez*" matches
/// "należy", "nalezal", "należących"). Prefix parts of five letters or more tolerate typos
/// (<see cref="TypoTolerance.Allowed"/>), so "nalezt", "czlnkiem" or "miedzynardowe" still count.
/// </summary>
internal sealed class Cue
{
    private readonly string[] _parts;

    /// <summary>Parses a cue such as <c>"how many"</c> or <c>"przystap*"</c>.</summary>
    public Cue(string pattern)
    {
        Pattern = pattern;
        _parts = pattern.Split(' ', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>Finds the cue in <paramref name="words"/>, skipping masked words; returns the index of its first word or -1.</summary>
    public int Find(IReadOnlyList<Word> words, IReadOnlySet<int> masked, bool typos = true)
    {
        for (var i = 0; i + _parts.Length <= words.Count; i++)
        {
            var ok = true;
            for (var k = 0; k < _parts.Length && ok; k++)
            {
                // A capitalised word inside the question is a name ("Kraków"), not a mistyped cue ("krajowe").
                var w = words[i + k];
                ok = !masked.Contains(i + k) && PartMatches(_parts[k], w.Folded, typos: typos && !(w.IsCapitalised && w.Index > 0));
            }

            if (ok)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool PartMatches(string part, string word, bool typos)
    {
        if (!part.EndsWith('*'))
        {
            if (string.Equals(part, word, StringComparison.Ordinal))
            {
                return true;
            }

            var allowedWhole = typos && part.Length >= 6 ? TypoTolerance.Allowed(part.Length) : 0;
            return allowedWhole > 0 && EditDistance.Bounded(part, word, allowedWhole) <= allowedWhole;
        }

        var stem = part.AsSpan(0, part.Length - 1);
        if (word.AsSpan().StartsWith(stem, StringComparison.Ordinal))
        {
            return true;
        }

        var allowed = typos ? TypoTolerance.Allowed(stem.Length) : 0;
        if (allowed == 0)
        {
            return false;
        }

        allowed = Math.Min(allowed, 1);
        for (var len = stem.Length - 1; len <= stem.Length + 1; len++)
        {
            if (len >= 4 && len <= word.Length && EditDistance.Bounded(stem, word.AsSpan(0, len), allowed) <= allowed)
            {
                return true;
            }
        }

        return false;
    }
}
