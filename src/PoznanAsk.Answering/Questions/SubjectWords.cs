using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Questions;

/// <summary>
/// The words that name the reports' subject, read from the membership lists' intro sentences
/// ("Miasto Poznań jest członkiem 11 organizacji…"): the capitalised words that at least half of the
/// intros share. Nothing about the city is written in code, so another city's reports work alike.
/// </summary>
internal static class SubjectWords
{
    /// <summary>The subject words as first written (e.g. "Miasto", "Poznań"), in text order.</summary>
    public static IReadOnlyList<string> From(IReadOnlyList<MembershipList> lists)
    {
        if (lists.Count == 0)
        {
            return [];
        }

        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var display = new Dictionary<string, string>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var l in lists)
        {
            foreach (var w in WordSplitter.Split(l.IntroSentence).Where(w => w.IsCapitalised && w.Folded.Length >= 3 && !w.IsAllCaps).DistinctBy(w => w.Folded))
            {
                counts[w.Folded] = counts.GetValueOrDefault(w.Folded) + 1;
                if (display.TryAdd(w.Folded, w.Text))
                {
                    order.Add(w.Folded);
                }
            }
        }

        return order.Where(f => counts[f] * 2 >= lists.Count).Select(f => display[f]).ToList();
    }
}
