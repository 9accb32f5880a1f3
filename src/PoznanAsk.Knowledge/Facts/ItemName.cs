using System.Text.RegularExpressions;
using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Facts;

/// <summary>
/// The organisation name a membership-list item states. Items are usually the bare name; some add a
/// description, which is not part of the name: after a dash followed by a lower-case word
/// ("EUROCITIES – sieć dużych miast europejskich"), after a comma and a relative clause
/// ("…, w którym Poznań…"), or in final parentheses starting lower-case or with a digit
/// ("(od 2005 r.)"), or after a table-cell separator " | " (a table row read as an item). A dash
/// followed by a capital is part of the name ("PLOT – Poznańska Lokalna
/// Organizacja Turystyczna", "Poznań – Ille-et-Vilaine Foundation"); so is "(ECM)".
/// </summary>
internal static partial class ItemName
{
    /// <summary>The name in the item text <paramref name="item"/> (bullet already removed).</summary>
    public static string Of(string item)
    {
        var name = NameText.Clean(StripInlineMarkup(item));
        var description = DescriptionRegex().Match(name);
        if (description.Success && description.Index > 0)
        {
            name = NameText.Clean(name[..description.Index]);
        }

        return name;
    }

    /// <summary>Removes Markdown emphasis and link markup ("**ZMP**", "[EUROCITIES](https://…)").</summary>
    private static string StripInlineMarkup(string text) =>
        LinkRegex().Replace(text, "$1")
            .Replace("**", string.Empty, StringComparison.Ordinal)
            .Replace("__", string.Empty, StringComparison.Ordinal)
            .Replace("`", string.Empty, StringComparison.Ordinal);

    [GeneratedRegex(@"\s+\|\s+|\s+[–—-]\s+(?=\p{Ll})|,\s+(?:w\s+)?(?:któr|gdzie|zrzeszając|skupiając)|\s*\((?=[\p{Ll}\d])[^()]*\)\s*$")]
    private static partial Regex DescriptionRegex();

    [GeneratedRegex(@"\[([^\]]+)\]\([^)]*\)")]
    private static partial Regex LinkRegex();
}
