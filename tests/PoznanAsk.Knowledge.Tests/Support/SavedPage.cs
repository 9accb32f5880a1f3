namespace PoznanAsk.Knowledge.Tests.Support;

/// <summary>
/// A report section page as a browser saves it from a site built like badam.poznan.pl: head with
/// canonical link and og: tags, a cookie banner, a header with the city's logo and a menu, breadcrumbs,
/// the article (with a photo and its caption), a sidebar of related sections, share icons and a footer.
/// </summary>
internal static class SavedPage
{
    /// <summary>The article's own content: headings, paragraphs, a membership list, a table of dues.</summary>
    public const string Article =
        "<h1>Aktywność w organizacjach międzynarodowych i krajowych</h1>" +
        "<p>W 2019 r. Miasto Poznań aktywnie uczestniczyło w pracach organizacji zrzeszających samorządy.</p>" +
        "<h2>Organizacje międzynarodowe</h2>" +
        "<p>Miasto Poznań jest członkiem 3 organizacji międzynarodowych:</p>" +
        "<ul><li>EUROCITIES;</li><li>Związek Miast Bałtyckich (UBC);</li><li><a href=\"https://energy-cities.eu\">Energy Cities</a>.</li></ul>" +
        "<h2>Organizacje krajowe</h2>" +
        "<p>W 2019 r. Miasto Poznań należało do 2 organizacji krajowych:</p>" +
        "<ul><li>Związek Miast Polskich;</li><li>Unia Metropolii Polskich.</li></ul>" +
        "<p>Przedstawiciele miasta wzięli udział w 14 spotkaniach roboczych i 3 konferencjach.</p>";

    /// <summary>The photo inside the article, with alt text and a caption.</summary>
    public const string Figure =
        "<figure><img src=\"zdjecie.jpg\" alt=\"Delegacja Poznania na forum EUROCITIES\"><figcaption>Forum EUROCITIES w Lipsku, listopad 2019 r.</figcaption></figure>";

    /// <summary>The article alone, as an excerpt.</summary>
    public static string Excerpt() => "<html><body><main><article>" + Article + "</article></main></body></html>";

    /// <summary>The whole saved page around <paramref name="article"/>.</summary>
    public static string FullPage(string article, string canonical = "https://badam.poznan.pl/2019/aktywnosc-w-organizacjach-miedzynarodowych-i-krajowych/") =>
        "<!DOCTYPE html><html lang=\"pl\"><head><meta charset=\"utf-8\">" +
        "<title>Aktywność w organizacjach międzynarodowych i krajowych | Raport o stanie Miasta Poznania 2019</title>" +
        $"<link rel=\"canonical\" href=\"{canonical}\">" +
        "<meta property=\"og:title\" content=\"Aktywność w organizacjach międzynarodowych i krajowych\">" +
        "<link rel=\"stylesheet\" href=\"style.css\"><script>window.dataLayer=[];</script></head><body>" +
        "<div class=\"cookies\"><p>Ta strona korzysta z plików cookies w celu realizacji usług.</p><button>Akceptuję</button></div>" +
        "<header class=\"site-header\"><a href=\"/\"><img src=\"logo.svg\" alt=\"Poznań – logo miasta\"></a>" +
        "<ul class=\"menu\"><li><a href=\"/2019/\">Raport 2019</a></li><li><a href=\"/2019/finanse/\">Finanse</a></li><li><a href=\"/2019/wspolpraca/\">Współpraca</a></li></ul></header>" +
        "<div class=\"breadcrumbs\"><ul><li><a href=\"/\">Strona główna</a></li><li><a href=\"/2019/\">Raport 2019</a></li><li><a href=\"/2019/wspolpraca/\">Nasza współpraca</a></li></ul></div>" +
        "<div class=\"content\"><article class=\"section\">" + article + "</article>" +
        "<aside><h3>Zobacz też</h3><ul><li><a href=\"/2019/miasta-partnerskie/\">Miasta partnerskie</a></li><li><a href=\"/2019/projekty/\">Projekty</a></li></ul></aside>" +
        "<ul class=\"share\"><li><a href=\"https://www.facebook.com/sharer/sharer.php?u=x\"><img src=\"fb.svg\" alt=\"Facebook\"></a></li>" +
        "<li><a href=\"https://twitter.com/intent/tweet?url=x\"><img src=\"tw.svg\" alt=\"Twitter\"></a></li></ul></div>" +
        "<footer><p>Urząd Miasta Poznania, plac Kolegiacki 17, 61-841 Poznań</p><ul><li><a href=\"/deklaracja-dostepnosci/\">Deklaracja dostępności</a></li><li><a href=\"/polityka-prywatnosci/\">Polityka prywatności</a></li></ul></footer>" +
        "</body></html>";
}
