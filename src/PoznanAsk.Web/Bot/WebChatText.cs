using System.Text.RegularExpressions;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Web Chat's Markdown renderer turns anything that looks like a domain into a link, and Polish abbreviations
/// do: "m.in." (między innymi) becomes a link to the <c>.in</c> domain "m.in". An escaped dot keeps them text.
/// </summary>
internal static partial class WebChatText
{
    public static string EscapeFuzzyLinks(string markdown) => Abbreviation().Replace(markdown, "$1\\.$2");

    // Lowercase letter groups of 1–3 and 2–3 letters joined by a dot, not inside a URL or an e-mail address.
    [GeneratedRegex(@"(?<![\w./:@\\-])(\p{Ll}{1,3})\.(\p{Ll}{2,3})(?![\w/@-])")]
    private static partial Regex Abbreviation();
}
