using System.Globalization;
using System.Text.RegularExpressions;
using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Makes the answer's <c>[n]</c> markers and its citations agree before they go on the wire
/// (bot-protocol §5.4, §8 item 11): only cited passages that the text references become claims, renumbered
/// 1..n in order of first use; markers without a passage are removed; adjacent markers are separated so
/// Markdown does not read <c>[1][2]</c> as one link. No citation is ever dropped for Teams' cap of
/// <see cref="MaxCitations"/> claims: beyond it, sources of one report section (then of one report year) share
/// a claim that quotes each of them.
/// </summary>
internal sealed partial class CitationPlan
{
    /// <summary>Teams allows at most 20 citations per message (current docs).</summary>
    public const int MaxCitations = 20;

    private CitationPlan(string text, IReadOnlyList<NumberedCitation> citations)
    {
        Text = text;
        Citations = citations;
    }

    /// <summary>The answer text with consistent markers.</summary>
    public string Text { get; }

    /// <summary>The claims, positions 1..n.</summary>
    public IReadOnlyList<NumberedCitation> Citations { get; }

    public static CitationPlan Create(Answer answer)
    {
        var byNumber = new Dictionary<int, Citation>();
        foreach (var citation in answer.Citations)
        {
            byNumber.TryAdd(citation.Number, citation);
        }

        var source = answer.Text ?? string.Empty;
        var used = new List<Citation>();
        foreach (Match m in Marker().Matches(source))
        {
            if (!IsDefinition(source, m) && byNumber.TryGetValue(Number(m), out var c) && !used.Contains(c))
            {
                used.Add(c);
            }
        }

        var groups = Group(used);
        var position = new Dictionary<int, int>();
        var kept = new List<NumberedCitation>(groups.Count);
        foreach (var group in groups)
        {
            kept.Add(new NumberedCitation(kept.Count + 1, Merge(group)));
            foreach (var c in group)
            {
                position[c.Number] = kept.Count;
            }
        }

        var text = Marker().Replace(source, m => IsDefinition(source, m) ? m.Value
            : position.TryGetValue(Number(m), out var p) ? "[" + p.ToString(CultureInfo.InvariantCulture) + "]" : string.Empty);
        text = Repeated().Replace(text, "[$1]");
        text = Adjacent().Replace(text, "] ");
        return new CitationPlan(text.Trim(), kept);
    }

    // The finest grouping with at most MaxCitations groups: each source alone, then by report year and
    // section, then by report year, then one group; groups in order of first use.
    private static List<List<Citation>> Group(List<Citation> used)
    {
        Func<Citation, string>[] keys =
        [
            c => c.Number.ToString(CultureInfo.InvariantCulture),
            c => $"{c.Year}|{c.Section}",
            c => $"{c.Year}",
            _ => string.Empty,
        ];
        foreach (var key in keys)
        {
            var groups = used.GroupBy(key, StringComparer.Ordinal).Select(g => g.ToList()).ToList();
            if (groups.Count <= MaxCitations)
            {
                return groups;
            }
        }

        throw new InvalidOperationException("unreachable: one group always fits");
    }

    // One source as it is; several as one claim quoting each, labelled by what they share.
    private static Citation Merge(List<Citation> group)
    {
        if (group.Count == 1)
        {
            return group[0];
        }

        var first = group[0];
        var sameYear = group.All(c => c.Year == first.Year);
        return first with
        {
            Year = sameYear ? first.Year : null,
            Section = group.All(c => c.Year == first.Year && c.Section == first.Section) ? first.Section : string.Empty,
            Page = group.All(c => c.Page == first.Page) ? first.Page : null,
            Quote = string.Join(" … ", group.Select(c => CitationLabel.OneLine(c.Quote))),
            Label = CitationLabel.Shared(group),
        };
    }

    private static int Number(Match m) => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture);

    // A reference definition "[n]: target" starts a line; "[n]:" inside a sentence is a marker.
    private static bool IsDefinition(string text, Match m)
    {
        var end = m.Index + m.Length;
        if (end >= text.Length || text[end] != ':')
        {
            return false;
        }

        var lineStart = text.LastIndexOf('\n', Math.Max(0, m.Index - 1)) + 1;
        return m.Index == 0 || text.AsSpan(lineStart, m.Index - lineStart).IsWhiteSpace();
    }

    // [n] not followed by "(" (an inline link).
    [GeneratedRegex(@"\[(?<n>\d{1,4})\](?!\()")]
    private static partial Regex Marker();

    // "[3] [3]" or "[3][3]" after two sources were merged into one claim.
    [GeneratedRegex(@"\[(\d+)\](?: ?\[\1\](?![(:]))+")]
    private static partial Regex Repeated();

    [GeneratedRegex(@"\](?=\[\d)")]
    private static partial Regex Adjacent();
}
