using System.Text.RegularExpressions;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Registry;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Facts;

/// <summary>
/// Reads a list's intro sentence: is it a membership list ("jest członkiem 11 organizacji",
/// "było członkiem 16 krajowych organizacji … do których należały:", "należy do dwunastu sieci"),
/// which count does it state (digits or a Polish numeral word right before an organisation noun),
/// and which scope (the adjective near the count: międzynarodow-/zagraniczn- → international,
/// krajow-/polsk- → national).
/// </summary>
public static partial class MembershipIntro
{
    /// <summary>How far after the count the scope adjective is looked for, in words.</summary>
    private const int ScopeWindow = 8;

    /// <summary>How many words may stand between the count and the organisation noun ("15 krajowych organizacji").</summary>
    private const int NounGap = 4;

    /// <summary>What the intro says.</summary>
    public sealed record Reading(bool IsMembership, int? StatedCount, MembershipScope Scope);

    // "Należą do nich:" ("these include") names the members of a set the sentence before defines, not
    // groups the city belongs to: it is membership only when that sentence says so ("członkiem").
    [GeneratedRegex(@"\bczłonkiem\b|\bnależ(?:y|ał|ała|ało|ały|ą|eli)\s+do\b(?!\s+(?:nich|niej|nim|tej|tych|tego)\b)|\bdo\s+których\s+należ|\bprzynależ|\bzrzeszon[ya]?\s+w\b", RegexOptions.IgnoreCase)]
    private static partial Regex CueRegex();

    [GeneratedRegex(@"^(?:organizacj|sieci|sieć|stowarzysz|zrzesze|platform|związk|związków|fundacj|klastr|porozumie|inicjatyw|podmiot|instytucj|network|partnerstw)", RegexOptions.IgnoreCase)]
    private static partial Regex NounRegex();

    [GeneratedRegex(@"^(?:Są|Były|Była|Było|Należą|Należały|Wśród|Zaliczają)\b")]
    private static partial Regex ContinuationRegex();

    [GeneratedRegex(@"^(?:międzynarodow|zagraniczn|europejsk|światow|globaln|international|european)", RegexOptions.IgnoreCase)]
    private static partial Regex InternationalRegex();

    [GeneratedRegex(@"^(?:krajow|polsk|ogólnopolsk)", RegexOptions.IgnoreCase)]
    private static partial Regex NationalRegex();

    [GeneratedRegex(@"^samorząd", RegexOptions.IgnoreCase)]
    private static partial Regex LocalGovernmentRegex();

    /// <summary>Whether a paragraph continues the previous one as a list intro ("Są to …:").</summary>
    public static bool IsContinuation(string paragraph) => ContinuationRegex().IsMatch(paragraph);

    /// <summary>Most words of a heading-like intro ("Organizacje krajowe:") that states no verb.</summary>
    private const int LabelWords = 5;

    /// <summary>
    /// Whether the paragraph introduces a membership list: a membership verb and an organisation noun,
    /// or a short label made of an organisation noun and a scope adjective ending with ':'
    /// ("Organizacje międzynarodowe:", "Sieci krajowe:").
    /// </summary>
    public static bool IsMembershipCue(string paragraph)
    {
        var words = NameText.Words(paragraph);
        if (!words.Any(w => NounRegex().IsMatch(w)))
        {
            return false;
        }

        return CueRegex().IsMatch(paragraph)
            || (paragraph.TrimEnd().EndsWith(':') && words.Count <= LabelWords && StrongScope(words) != MembershipScope.Unknown);
    }

    /// <summary>Reads the intro <paramref name="intro"/>; <paramref name="headings"/> (innermost last) decide the scope when the intro does not.</summary>
    public static Reading Read(string intro, IEnumerable<string> headings)
    {
        if (!IsMembershipCue(intro))
        {
            return new Reading(false, null, MembershipScope.Unknown);
        }

        var words = NameText.Words(intro);
        int? count = null;
        var countAt = -1;
        for (var i = 0; i < words.Count && count is null; i++)
        {
            if (PolishNumerals.Read(words, i) is { } number
                && words.Skip(i + number.Words).Take(NounGap).Any(w => NounRegex().IsMatch(w)))
            {
                count = number.Value;
                countAt = i;
            }
        }

        var window = countAt >= 0 ? words.Skip(countAt).Take(ScopeWindow) : [];
        var scope = StrongScope(window);
        scope = scope == MembershipScope.Unknown ? StrongScope(words) : scope;
        foreach (var heading in headings.Reverse())
        {
            scope = scope == MembershipScope.Unknown ? StrongScope(NameText.Words(heading)) : scope;
        }

        if (scope == MembershipScope.Unknown && words.Any(w => LocalGovernmentRegex().IsMatch(w)))
        {
            scope = MembershipScope.National;
        }

        return new Reading(true, count, scope);
    }

    /// <summary>The scope the words state unambiguously (only international or only national adjectives), else Unknown.</summary>
    public static MembershipScope StrongScope(IEnumerable<string> words)
    {
        var list = words.ToArray();
        var international = list.Any(w => InternationalRegex().IsMatch(w));
        var national = list.Any(w => NationalRegex().IsMatch(w));
        return (international, national) switch
        {
            (true, false) => MembershipScope.International,
            (false, true) => MembershipScope.National,
            _ => MembershipScope.Unknown,
        };
    }
}
