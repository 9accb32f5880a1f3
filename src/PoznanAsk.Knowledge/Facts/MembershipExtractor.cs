using System.Globalization;
using PoznanAsk.Knowledge.Model;
using PoznanAsk.Knowledge.Passages;
using PoznanAsk.Knowledge.Registry;

namespace PoznanAsk.Knowledge.Facts;

/// <summary>
/// Membership lists and facts of one report: a list whose intro states a membership
/// (<see cref="MembershipIntro"/>) yields one fact per item. The stated count is compared with the
/// items parsed and a difference is a <c>count-mismatch</c> warning; nothing is corrected. A list with
/// no intro is kept as passages and reported (<c>list-without-intro</c>). Without a report year no
/// facts are made (<c>facts-without-year</c>): a fact without a year would be a guess.
/// </summary>
internal static class MembershipExtractor
{
    /// <summary>What one report's lists state.</summary>
    public sealed record Result(IReadOnlyList<MembershipList> Lists, IReadOnlyList<MembershipFact> Facts, IReadOnlyList<IngestWarning> Warnings);

    /// <summary>Extracts the membership facts from <paramref name="set"/>.</summary>
    /// <param name="set">The report's passages and lists.</param>
    /// <param name="sourceText">The text the offsets point into.</param>
    /// <param name="source">File name.</param>
    /// <param name="year">Report year, null when unknown.</param>
    /// <param name="outerSections">Section names above the report's own headings (from the manifest), outermost first.</param>
    public static Result Extract(PassageSet set, string sourceText, string source, int? year, IReadOnlyList<string> outerSections)
    {
        var lists = new List<MembershipList>();
        var facts = new List<MembershipFact>();
        var warnings = new List<IngestWarning>();
        foreach (var list in set.Lists)
        {
            if (list.Intro is not { } introSpan)
            {
                warnings.Add(new IngestWarning(source, "list-without-intro",
                    $"Lista bez zdania wprowadzającego ({list.Items.Count} poz., zaczyna się od „{Shorten(list.Items[0].Text)}”, sekcja „{list.Passage.Section}”): zapisano ją jako fragmenty, ale nie odczytano z niej faktów członkostwa."));
                continue;
            }

            var intro = introSpan.Of(sourceText);
            var reading = MembershipIntro.Read(intro, outerSections.Concat(list.Headings));
            if (!reading.IsMembership)
            {
                continue;
            }

            if (year is not { } y)
            {
                warnings.Add(new IngestWarning(source, "facts-without-year",
                    $"Lista członkostw „{Shorten(intro)}” pominięta w faktach: nie ustalono roku raportu (fragmenty zapisano)."));
                continue;
            }

            var items = list.Items.Where(i => NameText.Words(ItemName.Of(i.Text)).Count > 0).ToArray();
            lists.Add(new MembershipList(list.Passage.Id, source, y, reading.Scope, intro, introSpan.Start, introSpan.End, reading.StatedCount, items.Length));
            if (reading.StatedCount is { } stated && stated != items.Length)
            {
                warnings.Add(new IngestWarning(source, "count-mismatch",
                    string.Create(CultureInfo.InvariantCulture, $"Zdanie wprowadzające podaje {stated}, a lista zawiera {items.Length} poz. (rok {y}, „{Shorten(intro)}”); fakty zapisano tak, jak są w liście.")));
            }

            if (reading.Scope == MembershipScope.Unknown)
            {
                warnings.Add(new IngestWarning(source, "scope-unknown",
                    $"Nie ustalono, czy lista „{Shorten(intro)}” dotyczy organizacji międzynarodowych czy krajowych."));
            }

            foreach (var item in items)
            {
                var name = ItemName.Of(item.Text);
                var id = StableId.Of("m", source, item.Id);
                facts.Add(new MembershipFact(id, string.Empty, name, y, reading.Scope, list.Passage.Id, item.Id, source, item.Text, item.Start, item.End));
            }
        }

        return new Result(lists, facts, warnings);
    }

    /// <summary>The first words of a text, for messages.</summary>
    internal static string Shorten(string text)
    {
        var clean = NameText.Clean(text);
        return clean.Length <= 80 ? clean : clean[..77] + "…";
    }
}
