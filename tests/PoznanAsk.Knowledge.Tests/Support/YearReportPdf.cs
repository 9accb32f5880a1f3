namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>
/// A whole year's "Raport o stanie Miasta Poznania" as a PDF of about <c>pages</c> pages: chapters of
/// report-like Polish text (numbers vary by a seeded generator), bullet lists, budget tables, a
/// two-column page now and then, and, at <c>membershipPage</c>, the section on the city's
/// memberships with its two lists. Used by the PDF tests and by <c>bench pdf</c>.
/// </summary>
public static class YearReportPdf
{
    /// <summary>The international organisations the generated report lists.</summary>
    public static readonly string[] International =
    [
        "EUROCITIES", "European Cities Marketing (ECM)", "Związek Miast Bałtyckich (UBC)", "Energy Cities",
        "Stowarzyszenie Miast Partnerskich Rheinland-Pfalz", "Open & Agile Smart Cities (OASC)",
    ];

    /// <summary>The national organisations the generated report lists.</summary>
    public static readonly string[] National =
    [
        "Związek Miast Polskich", "Unia Metropolii Polskich", "Stowarzyszenie Metropolia Poznań",
        "Polska Sieć „Energie Cités”", "Stowarzyszenie Gmin i Powiatów Wielkopolski",
    ];

    private static readonly string[] Topics =
    [
        "Edukacja", "Transport publiczny", "Ochrona środowiska", "Kultura", "Sport i rekreacja", "Pomoc społeczna",
        "Mieszkalnictwo", "Zdrowie publiczne", "Bezpieczeństwo", "Gospodarka komunalna", "Finanse miasta", "Rewitalizacja",
    ];

    private static readonly string[] Districts = ["Jeżyce", "Wilda", "Łazarz", "Grunwald", "Rataje", "Winogrady", "Piątkowo", "Naramowice", "Starołęka"];

    /// <summary>Text of the international list's intro sentence for <paramref name="year"/>.</summary>
    public static string InternationalIntro(int year) => $"W {year} r. Miasto Poznań było członkiem {International.Length} organizacji międzynarodowych:";

    /// <summary>Text of the national list's intro sentence for <paramref name="year"/>.</summary>
    public static string NationalIntro(int year) => $"W {year} r. Miasto Poznań należało do {National.Length} organizacji krajowych:";

    /// <summary>The report PDF builder (call <see cref="ReportPdf.Build"/>; its <see cref="ReportPdf.Pages"/> say where each text landed).</summary>
    public static ReportPdf Create(int year, int pages, int membershipPage, bool withOutline = true)
    {
        var random = new Random(year * 7919 + pages);
        var pdf = new ReportPdf { Header = $"Raport o stanie Miasta Poznania za {year} rok", Footer = "– {0} –", WithOutline = withOutline, Title = $"Raport o stanie Miasta Poznania za {year} rok" };
        pdf.Heading($"Raport o stanie Miasta Poznania za {year} rok", 1)
            .Paragraph($"Raport przedstawia działalność Prezydenta Miasta Poznania w {year} r., w szczególności realizację polityk, programów i strategii, uchwał Rady Miasta i budżetu obywatelskiego.");
        pdf.FillTo(membershipPage - 1, (part, n) => Chapter(part, year, n, random));
        pdf.PageBreak()
            .Heading("Aktywność w organizacjach międzynarodowych i krajowych", 1)
            .Paragraph($"Współpraca z organizacjami zrzeszającymi miasta pozwala Poznaniowi wymieniać doświadczenia i pozyskiwać partnerów do projektów. W {year} r. przedstawiciele miasta uczestniczyli w ich pracach.")
            .Heading("Organizacje międzynarodowe", 2)
            .Paragraph(InternationalIntro(year))
            .Bullets([.. International.Select((name, i) => name + (i == International.Length - 1 ? "." : ";"))])
            .Heading("Organizacje krajowe", 2)
            .Paragraph(NationalIntro(year))
            .Bullets([.. National.Select((name, i) => name + (i == National.Length - 1 ? "." : ";"))])
            .PageBreak();
        pdf.FillTo(pages, (part, n) => Chapter(part, year, n + 1000, random));
        return pdf;
    }

    private static void Chapter(ReportPdf part, int year, int n, Random random)
    {
        var topic = Topics[n % Topics.Length];
        part.Heading($"{topic} – część {n + 1}", 1);
        for (var s = 0; s < 3; s++)
        {
            var district = Districts[random.Next(Districts.Length)];
            part.Heading($"{topic}: działania w dzielnicy {district}", 2)
                .Paragraph(Sentence(year, topic, district, random) + " " + Sentence(year, topic, district, random) + " " + Sentence(year, topic, district, random))
                .Paragraph(Sentence(year, topic, district, random) + " " + Sentence(year, topic, district, random));
            if (s == 1)
            {
                part.Paragraph($"W ramach zadania „{topic}” zrealizowano m.in.:")
                    .Bullets(
                        $"modernizację {random.Next(2, 40)} obiektów w dzielnicy {district};",
                        $"{random.Next(3, 90)} szkoleń dla pracowników jednostek miejskich;",
                        $"konsultacje społeczne z udziałem {random.Next(100, 5000)} mieszkańców.");
            }

            if (s == 2)
            {
                part.Table(
                    ["Zadanie", "Plan (tys. zł)", "Wykonanie (tys. zł)"],
                    [$"{topic} – inwestycje", $"{random.Next(1000, 90000)}", $"{random.Next(1000, 90000)}"],
                    [$"{topic} – utrzymanie", $"{random.Next(1000, 90000)}", $"{random.Next(1000, 90000)}"]);
            }
        }

        if (n % 5 == 4)
        {
            part.TwoColumns(
                [Sentence(year, topic, Districts[0], random) + " " + Sentence(year, topic, Districts[1], random)],
                [Sentence(year, topic, Districts[2], random) + " " + Sentence(year, topic, Districts[3], random)]);
        }
    }

    private static string Sentence(int year, string topic, string district, Random random) => random.Next(6) switch
    {
        0 => $"W {year} r. na zadania z obszaru „{topic}” wydatkowano {random.Next(2, 900)} mln zł, o {random.Next(1, 30)}% więcej niż rok wcześniej.",
        1 => $"Mieszkańcy dzielnicy {district} zgłosili {random.Next(10, 400)} wniosków, z których {random.Next(5, 200)} rozpatrzono pozytywnie w ramach współpracy z radami osiedli.",
        2 => $"Miejskie jednostki organizacyjne kontynuowały przedsięwzięcia rozpoczęte w latach poprzednich, przygotowując jednocześnie dokumentację {random.Next(2, 25)} nowych inwestycji.",
        3 => $"Przeprowadzono {random.Next(2, 60)} postępowań o udzielenie zamówienia publicznego; najwięcej dotyczyło robót budowlanych i usług utrzymaniowych.",
        4 => $"Z oferty skorzystało {random.Next(1000, 90000)} osób, a średnia ocena zadowolenia w badaniu ankietowym wyniosła {random.Next(30, 50) / 10.0:0.0} w skali pięciostopniowej.",
        _ => $"Współpraca z organizacjami pozarządowymi objęła {random.Next(5, 120)} umów dotacyjnych na łączną kwotę {random.Next(1, 40)} mln zł.",
    };
}
