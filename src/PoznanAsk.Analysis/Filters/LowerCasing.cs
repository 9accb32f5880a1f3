using Lucene.Net.Analysis.Util;

namespace PoznanAsk.Analysis.Filters;

/// <summary>
/// The lower-casing of Lucene.Net's <c>LowerCaseFilter</c> (<see cref="CharacterUtils.ToLower"/>: per code
/// point, invariant culture), for the places that lower-case outside the filter — the lemma filter, which
/// needs the original case first, and <c>Normalize</c> — so a term is lower-cased one way everywhere.
/// It follows .NET's Unicode data, not Java's: Lucene 8.8.1 on Java 17 differs on a few non-Polish code
/// points (docs/analysis.md, "Lucene 4.8 beside Lucene 8.8.1").
/// </summary>
internal static class LowerCasing
{
    private static readonly CharacterUtils Utils = CharacterUtils.GetInstance(PolishAnalysis.Version);

    /// <summary>Lower-cases <paramref name="length"/> chars of <paramref name="buffer"/> from <paramref name="offset"/> in place.</summary>
    public static void InPlace(char[] buffer, int offset, int length) => Utils.ToLower(buffer, offset, offset + length);

    /// <summary>Lower-cases a whole string.</summary>
    public static string ToLower(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var chars = text.ToCharArray();
        InPlace(chars, 0, chars.Length);
        return new string(chars);
    }
}
