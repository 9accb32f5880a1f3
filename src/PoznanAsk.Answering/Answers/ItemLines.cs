using PoznanAsk.Answering.Lists;
using PoznanAsk.Knowledge.Text;
using static PoznanAsk.Answering.Answers.Phrases;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// The items of a list a cited quote holds — written inside its sentence ("… w 3 klubach radnych: A, B
/// oraz C") or as the lines after a lead-in ("… z zakresu:" + lines) — one per line, in the nominative
/// with the form the report writes quoted beside it when they differ ("Koalicja Obywatelska
/// („Koalicji Obywatelskiej”)"); and, for a count question, how many items the list has when the
/// report states no number (counted, and said so).
/// </summary>
internal static partial class ItemLines
{
    /// <summary>Most lines taken as a lead-in's items.</summary>
    private const int MaxItems = 40;

    /// <summary>
    /// The items of the quote <paramref name="text"/>[<paramref name="start"/>..<paramref name="end"/>] whose first
    /// sentence ends at <paramref name="sentenceEnd"/>: the sentence's inline list, else the lines after a lead-in.
    /// </summary>
    public static IReadOnlyList<string> Of(string text, int start, int sentenceEnd, int end, out bool inline)
    {
        var sentence = text[start..sentenceEnd];
        var stated = StatedCount(sentence);
        var items = InlineList.Items(sentence, stated);
        inline = items.Count >= 2;
        if (inline)
        {
            return items.Select(i => sentence[i.Start..i.End]).ToList();
        }

        // The lines after the (last) lead-in inside the quote.
        var units = SentenceSplitter.Split(text[start..end], lines: true);
        var lead = -1;
        for (var i = 0; i < units.Count; i++)
        {
            if (text.AsSpan(start + units[i].Start, units[i].End - units[i].Start).TrimEnd().EndsWith(":"))
            {
                lead = i;
            }
        }

        return lead < 0 ? [] : units.Skip(lead + 1).Take(MaxItems).Select(u => Clean(text[(start + u.Start)..(start + u.End)])).Where(s => s.Length > 0).ToList();
    }

    /// <summary>Writes the items one per line; for line items only when some item is inflected (the quote already shows them).</summary>
    public static void Write(AnswerContext ctx, AnswerDraft d, IReadOnlyList<string> items, bool inline)
    {
        var forms = ctx.Forms?.Nominative(items) ?? items;
        if (!inline && forms.SequenceEqual(items, StringComparer.Ordinal))
        {
            return;
        }

        foreach (var (form, written) in forms.Zip(items))
        {
            d.Line(form == written ? $"- {written}" : $"- {form} ({Q(d.En, written)})");
        }

        d.Line();
    }

    /// <summary>The count a sentence states before a noun ("z 18 gminami", "w 3 klubach"), or null.</summary>
    public static int? StatedCount(string sentence)
    {
        var m = StatedCountPattern().Match(sentence);
        return m.Success ? int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }

    private static string Clean(string line) => line.Trim().TrimStart('•', '-', '–', '*', ' ').TrimEnd(';', ',', '.', ' ');

    // "… z 18 gminami:", "w 3 klubach": a small number before a word (not a year, not an amount).
    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\d,.])(\d{1,3})(?![\d,.%])\s+\p{L}")]
    private static partial System.Text.RegularExpressions.Regex StatedCountPattern();
}
