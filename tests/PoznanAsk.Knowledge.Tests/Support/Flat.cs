using System.Text.RegularExpressions;

namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>The seeds use no-break spaces ("W 2017 r."); tests compare with runs of white space as one space.</summary>
internal static partial class Flat
{
    public static string Of(string text) => Spaces().Replace(text, " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
