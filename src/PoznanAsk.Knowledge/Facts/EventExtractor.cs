using System.Globalization;
using System.Text.RegularExpressions;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Passages;
using PoznanAsk.Knowledge.Registry;
using PoznanAsk.Knowledge.Text;

namespace PoznanAsk.Knowledge.Facts;

/// <summary>
/// Dated join/leave events stated in sentences: "W 2017 r. Miasto Poznań przystąpiło do sieci X",
/// "Poznań został członkiem X", "… wystąpiło z X", "… zrezygnowało z członkostwa w X". The subject
/// must be the city (Miasto / Poznań before the verb) or the verb impersonal ("przystąpiono"), so
/// another city's join is not taken. The organisation is what follows the verb, after leading
/// lower-case words ("sieci", "międzynarodowej organizacji") and up to the end of the clause. The
/// year is the one the sentence states, else the report year.
/// </summary>
internal static partial class EventExtractor
{
    [GeneratedRegex(@"(?<join>przystąpi(?:ło|ł|ła|li|ono)\s+do|wstąpi(?:ło|ł|ła)\s+do|dołączy(?:ło|ł|ła)\s+do|został(?:o|a)?\s+członkiem|stał(?:o|a)?\s+się\s+członkiem|uzyskał(?:o|a)?\s+członkostwo\s+we?)|(?<leave>wystąpi(?:ło|ł|ła|ono)\s+ze?|zrezygnował(?:o|a)?\s+z\s+członkostwa\s+we?|zakończył(?:o|a)?\s+członkostwo\s+we?|przestał(?:o|a)?\s+być\s+członkiem|wycofał(?:o|a)?\s+się\s+ze?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex VerbRegex();

    [GeneratedRegex(@"\b(?:Miasto|Poznań|Poznania|Poznaniu|Stolica\s+Wielkopolski)\b")]
    private static partial Regex SubjectRegex();

    [GeneratedRegex(@",\s+(?:któr|co\b|aby\b|by\b|dzięki|gdzie|oraz|a\b|ale\b|natomiast|zaś|w\s+ramach|w\s+celu)|\s+w\s+celu\b|;|\s+\(|,\s+(?:[Ww]\s+\d{4}|od\s)|\s+[Ww]\s+(?:\d{4}|dniu)\b")]
    private static partial Regex ClauseEndRegex();

    [GeneratedRegex(@"(?<![\p{L}\d])[Ww]\s+(?<y>(?:19|20)\d{2})\s*(?:r\.|roku\b)|[Ww]\s+roku\s+(?<y>(?:19|20)\d{2})")]
    private static partial Regex YearRegex();

    /// <summary>Events stated in the paragraphs, list items and list intros of <paramref name="set"/>.</summary>
    public static IReadOnlyList<EventFact> Extract(PassageSet set, string sourceText, string source, int? reportYear)
    {
        var regions = set.Passages.Where(p => p.Kind is PassageKind.Paragraph or PassageKind.ListItem)
            .Select(p => (p.Id, Span: new TextSpan(p.Start, p.End)))
            .Concat(set.Lists.Where(l => l.Intro is not null).Select(l => (l.Passage.Id, Span: l.Intro!.Value)));
        var events = new List<EventFact>();
        foreach (var (passageId, span) in regions)
        {
            foreach (var sentence in SentenceSplitter.Split(sourceText, span))
            {
                var quote = sentence.Of(sourceText);
                foreach (var found in Read(quote, reportYear))
                {
                    var id = StableId.Of("e", source, sentence.Start, found.At, quote);
                    events.Add(new EventFact(id, found.Kind, null, found.Name, found.Year, passageId, source, quote, sentence.Start, sentence.End));
                }
            }
        }

        return events;
    }

    /// <summary>Every event of one sentence ("przystąpiło do X, a wystąpiło z Y" gives two); the subject is the sentence's.</summary>
    private static IEnumerable<(EventKind Kind, string Name, int Year, int At)> Read(string sentence, int? reportYear)
    {
        var verbs = VerbRegex().Matches(sentence);
        if (verbs.Count == 0)
        {
            yield break;
        }

        var cityIsSubject = SubjectRegex().IsMatch(sentence[..verbs[0].Index]);
        var years = YearRegex().Matches(sentence);
        for (var v = 0; v < verbs.Count; v++)
        {
            var verb = verbs[v];
            var impersonal = verb.Value.TrimEnd().EndsWith("ono", StringComparison.OrdinalIgnoreCase)
                || verb.Value.Contains("ono ", StringComparison.OrdinalIgnoreCase);
            if (!impersonal && !cityIsSubject)
            {
                continue;
            }

            var clauseEnd = v + 1 < verbs.Count ? verbs[v + 1].Index : sentence.Length;
            var name = ObjectOf(sentence[(verb.Index + verb.Length)..clauseEnd]);
            var year = years.LastOrDefault(y => y.Index < verb.Index) ?? years.FirstOrDefault();
            int? stated = year is null ? reportYear : int.Parse(year.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (name is not null && stated is { } y)
            {
                yield return (verb.Groups["join"].Success ? EventKind.Joined : EventKind.Left, name, y, verb.Index);
            }
        }
    }

    private static string? ObjectOf(string rest)
    {
        var spans = NameText.WordSpans(rest).ToArray();
        var first = Array.FindIndex(spans, s => !char.IsLower(rest[s.Start]));
        if (first < 0)
        {
            return null;
        }

        var start = spans[first].Start;
        while (start > 0 && "„\"«'".Contains(rest[start - 1], StringComparison.Ordinal))
        {
            start--;
        }

        var tail = rest[start..];
        var end = ClauseEndRegex().Match(tail);
        var name = NameText.Clean(end.Success ? tail[..end.Index] : tail);
        return name.Length == 0 ? null : name;
    }
}
