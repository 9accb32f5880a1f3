namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>
/// Report texts the tests write themselves, in the shape of the published reports but with other
/// years, organisations and counts (plain text, Markdown and HTML), to prove nothing is tuned to the seeds.
/// </summary>
internal static class SyntheticReports
{
    /// <summary>2019, plain text: a numeral-word count, "zagranicznych", a heading right after a list, NBSP, "; " items.</summary>
    public const string Plain2019 =
        "W\u00A02019 r. Miasto Poznań przystąpiło do stowarzyszenia Energy Cities.\n" +
        "\n" +
        "Organizacje zagraniczne\n" +
        "\n" +
        "Miasto Poznań należy do czterech organizacji zagranicznych zrzeszających samorządy:\n" +
        "\n" +
        " • Energy Cities;\n" +
        " • Polis Network (POLIS);\n" +
        " • Covenant of Mayors – Europe Office;\n" +
        " • Fundacja „Miasta Partnerskie  Europy”.\n" +
        "Polis Network (POLIS)\n" +
        "\n" +
        "W 2019 r. przedstawiciele Miasta uczestniczyli w dorocznej konferencji POLIS w Brukseli.\n" +
        "\n" +
        "Współpraca krajowa\n" +
        "\n" +
        "W 2019 r. Miasto Poznań było członkiem 3 krajowych stowarzyszeń, do których należały:\n" +
        "\n" +
        " • Związek Powiatów Polskich;\n" +
        " • Stowarzyszenie Aglomeracja Testowa;\n" +
        " • \"Miasta Partnerskie Europy\" Foundation.\n" +
        "\n" +
        "W ramach członkostwa w Związku Powiatów Polskich Miasto w 2019 r. współorganizowało dwa seminaria.\n";

    /// <summary>2021, Markdown: "pięciu" stated but four listed, a list with no intro, a leave event.</summary>
    public const string Markdown2021 =
        "# Raport o stanie Miasta Poznania 2021\n" +
        "\n" +
        "## Organizacje krajowe\n" +
        "\n" +
        "W 2021 r. Miasto Poznań było członkiem pięciu krajowych organizacji. Są to:\n" +
        "\n" +
        "- Związek Powiatów Polskich\n" +
        "- Aglomeracja Testowa\n" +
        "- Stowarzyszenie Miast Rowerowych\n" +
        "- **Klaster Zielonej Energii**\n" +
        "\n" +
        "## Działania\n" +
        "\n" +
        "- spotkanie robocze w Gnieźnie\n" +
        "- konferencja w Lesznie\n" +
        "\n" +
        "W 2021 r. Miasto Poznań wystąpiło ze Stowarzyszenia Miast Rowerowych.\n";

    /// <summary>2024, HTML: navigation to drop, h2/h3 headings, lists, an abbreviation heading, a join event.</summary>
    public const string Html2024 =
        "<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\"><title>Raport 2024</title>" +
        "<style>p { color: red; }</style></head><body>" +
        "<nav><ul><li>Strona główna</li><li>Raporty</li></ul></nav>" +
        "<main>\n<h1>Współpraca międzynarodowa i krajowa</h1>\n" +
        "<p>W 2024 r. Miasto Poznań zostało członkiem sieci Eurotowns.</p>\n" +
        "<h2>Organizacje międzynarodowe</h2>\n" +
        "<p>Miasto Poznań jest członkiem 3 organizacji   międzynarodowych:</p>\n" +
        "<ul>\n<li>Energy Cities</li>\n<li>Covenant of Mayors - Europe Office</li>\n<li>Eurotowns</li>\n</ul>\n" +
        "<h2>Organizacje krajowe</h2>\n" +
        "<p>Miasto Poznań jest członkiem dwóch organizacji krajowych:</p>\n" +
        "<ul><li>Związek Powiatów Polskich (ZPP)</li><li>Metropolia Nadwarciańska</li></ul>\n" +
        "<h3>Związek Powiatów Polskich (ZPP)</h3>\n" +
        "<p>W 2024 r. przedstawiciele Miasta brali udział w posiedzeniach <a href=\"#\">Zarządu</a> ZPP.</p>\n" +
        "</main><footer>© Miasto Poznań</footer><script>var x = 1;</script></body></html>";

    /// <summary>The curated alias file for the rename 2021 → 2024 the texts cannot reveal.</summary>
    public const string Aliases =
        "# testowy plik aliasów\n" +
        "alias\tcanonical\treason\n" +
        "Aglomeracja Testowa\tMetropolia Nadwarciańska\tzmiana nazwy stowarzyszenia w 2023 r.\n";

    /// <summary>Writes the three reports (and optionally the alias file) into <paramref name="folder"/>.</summary>
    public static void WriteAll(TempFolder folder, bool aliases = true)
    {
        folder.Write("raport-2019.txt", Plain2019);
        folder.Write("raport-2021.md", Markdown2021);
        folder.Write("raport-2024.html", Html2024);
        if (aliases)
        {
            folder.Write("aliases.tsv", Aliases);
        }
    }
}
