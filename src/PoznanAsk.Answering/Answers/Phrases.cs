using PoznanAsk.Knowledge.Model;

namespace PoznanAsk.Answering.Answers;

/// <summary>
/// The fixed wording of answers in Polish and English. Only frame words live here: organisation
/// names, counts and years are always filled in from cited passages or the covered-years list.
/// </summary>
internal static class Phrases
{
    /// <summary>Quotes text: „…” in Polish, “…” in English.</summary>
    public static string Q(bool en, string text) => en ? $"“{text}”" : $"„{text}”";

    /// <summary>"2017 i 2023" / "2017 and 2023".</summary>
    public static string Years(bool en, IEnumerable<int> years)
    {
        var list = years.Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        return list.Count switch
        {
            0 => en ? "no years" : "żadnych lat",
            1 => list[0],
            _ => string.Join(", ", list.Take(list.Count - 1)) + (en ? " and " : " i ") + list[^1],
        };
    }

    /// <summary>The covered-years statement.</summary>
    public static string Covered(bool en, IReadOnlyList<int> years) => years.Count == 0
        ? (en ? "No reports have been ingested yet." : "Nie wczytano jeszcze żadnych raportów.")
        : en ? $"The reports cover {(years.Count == 1 ? "the year" : "the years")} {Years(en, years)}."
             : $"Raporty obejmują {(years.Count == 1 ? "rok" : "lata")} {Years(en, years)}.";

    /// <summary>Scope adjective for "organisations of scope" (genitive plural in Polish).</summary>
    public static string ScopeOf(bool en, MembershipScope scope) => scope switch
    {
        MembershipScope.International => en ? "international" : "międzynarodowych",
        MembershipScope.National => en ? "national" : "krajowych",
        _ => string.Empty,
    };

    /// <summary>Lower-case scope name for facts.</summary>
    public static string ScopeName(MembershipScope scope) => scope switch
    {
        MembershipScope.International => "international",
        MembershipScope.National => "national",
        _ => "unknown",
    };

    /// <summary>"organizacji krajowych" / "national organisations".</summary>
    public static string Organisations(bool en, MembershipScope? scope)
    {
        var adj = scope is null ? string.Empty : ScopeOf(en, scope.Value);
        if (adj.Length == 0)
        {
            return en ? "organisations" : "organizacji";
        }

        return en ? $"{adj} organisations" : $"organizacji {adj}";
    }

    /// <summary>A heading: "Organizacje krajowe" / "National organisations" ("Organizacje" when the scope is unknown).</summary>
    public static string ScopeTitle(bool en, MembershipScope? scope) => (en, scope) switch
    {
        (false, MembershipScope.International) => "Organizacje międzynarodowe",
        (false, MembershipScope.National) => "Organizacje krajowe",
        (false, _) => "Organizacje",
        (true, MembershipScope.International) => "International organisations",
        (true, MembershipScope.National) => "National organisations",
        _ => "Organisations",
    };

    /// <summary>"Raport za 2017 r." / "The 2017 report".</summary>
    public static string Report(bool en, int year) => en ? $"the {year} report" : $"raport za {year} r.";

    /// <summary>Capitalises the first letter.</summary>
    public static string Cap(string s) => s.Length == 0 ? s : char.ToUpperInvariant(s[0]) + s[1..];

    /// <summary>Says which year is answered when the question gave none.</summary>
    public static string LatestNote(bool en, int year, int latest, MembershipScope? missingScope)
    {
        if (year == latest)
        {
            return en ? $"_No year given: answering from the latest report ({year})._"
                      : $"_Pytanie nie podaje roku — odpowiadam według najnowszego raportu ({year} r.)._";
        }

        var what = Organisations(en, missingScope);
        return en ? $"_No year given: the latest report ({latest}) has no list of {what}, so this answer is for {year}._"
                  : $"_Pytanie nie podaje roku. Najnowszy raport ({latest} r.) nie zawiera listy {what}, więc odpowiadam według raportu za {year} r._";
    }

    /// <summary>The plain "not in the reports" opening.</summary>
    public static string NotFound(bool en) => en ? "The reports do not say." : "Raporty nie podają tej informacji.";

    /// <summary>Opening when a year is not covered.</summary>
    public static string YearNotCovered(bool en, int year) => en
        ? $"The reports do not say anything about {year}."
        : $"Raporty nie podają informacji za {year} r.";

    /// <summary>Heading of the closest passages.</summary>
    public static string Closest(bool en) => en ? "Closest passages:" : "Najbliższe fragmenty raportów:";
}
