using System.Text.RegularExpressions;
using PoznanAsk.Answering.Answers;

namespace PoznanAsk.Web.Bot;

/// <summary>
/// Makes the answer's <c>[n]</c> markers and its citations agree before they go on the wire
/// (bot-protocol §8 item 11): only cited passages that the text references become claims, at most
/// <see cref="MaxCitations"/>, renumbered 1..n in order of first use; markers without a passage are
/// removed; adjacent markers are separated so Markdown does not read <c>[1][2]</c> as one link.
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

        var renumbered = new Dictionary<int, int>();
        var kept = new List<NumberedCitation>();
        var source = answer.Text ?? string.Empty;
        var text = Marker().Replace(source, m =>
        {
            if (IsDefinition(source, m))
            {
                return m.Value;
            }

            var original = int.Parse(m.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
            if (renumbered.TryGetValue(original, out var position))
            {
                return $"[{position}]";
            }

            if (!byNumber.TryGetValue(original, out var citation) || kept.Count >= MaxCitations)
            {
                return string.Empty;
            }

            position = kept.Count + 1;
            renumbered[original] = position;
            kept.Add(new NumberedCitation(position, citation));
            return $"[{position}]";
        });
        text = Adjacent().Replace(text, "] ");
        return new CitationPlan(text.Trim(), kept);
    }

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

    [GeneratedRegex(@"\](?=\[\d)")]
    private static partial Regex Adjacent();
}
