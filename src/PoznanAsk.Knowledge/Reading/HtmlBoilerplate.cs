using AngleSharp.Dom;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>
/// Finds a saved page's article and removes the site's furniture by the page's structure, never by
/// a list of phrases: the root is <c>main</c>, else <c>[role=main]</c>, else the only <c>article</c>,
/// else <c>body</c>. Inside it go: scripts, styles, forms and other controls; <c>nav</c>, <c>aside</c>,
/// dialogs, hidden elements and the ARIA landmarks of navigation, banner, footer and search; page-level
/// <c>header</c>/<c>footer</c> (an article's own header, with its title, stays); lists of links only
/// (menus, breadcrumbs, "share" bars: every item is just a link, to this site or without words);
/// and, when the root is the whole body, small blocks holding a button (cookie banners, pop-ups).
/// </summary>
internal static class HtmlBoilerplate
{
    private static readonly HashSet<string> Dropped = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "style", "noscript", "template", "nav", "form", "iframe", "svg", "button", "select", "object",
        "aside", "dialog", "input", "textarea", "label", "canvas", "video", "audio", "map",
    };

    private static readonly HashSet<string> DroppedRoles = new(StringComparer.OrdinalIgnoreCase)
    {
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog", "menu", "menubar", "toolbar",
    };

    /// <summary>Longest text of a block with a button that is still taken for a banner, not content.</summary>
    private const int BannerText = 600;

    /// <summary>The content root of <paramref name="document"/>, furniture removed.</summary>
    public static IElement ContentRoot(IDocument document)
    {
        var articles = document.QuerySelectorAll("article");
        var root = document.QuerySelector("main") ?? document.QuerySelector("[role=main]")
            ?? (articles.Length == 1 ? articles[0] : null) ?? document.Body ?? document.DocumentElement;
        var wholeBody = root == document.Body || root == document.DocumentElement;

        // Buttons mark banners: look before controls are removed.
        if (wholeBody)
        {
            foreach (var block in root.QuerySelectorAll("div, section").Where(IsBanner).ToArray())
            {
                block.Remove();
            }
        }

        foreach (var element in root.QuerySelectorAll("*").ToArray())
        {
            if (element.Parent is null && element != root)
            {
                continue;
            }

            if (IsFurniture(element))
            {
                element.Remove();
            }
        }

        foreach (var list in root.QuerySelectorAll("ul, ol").Where(l => IsLinkList(l, document)).ToArray())
        {
            list.Remove();
        }

        return root;
    }

    private static bool IsFurniture(IElement element)
    {
        if (Dropped.Contains(element.LocalName)
            || element.HasAttribute("hidden")
            || string.Equals(element.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase)
            || (element.GetAttribute("role") is { } role && DroppedRoles.Contains(role)))
        {
            return true;
        }

        // A page's header and footer; an article's (or section's) own header keeps its title.
        return element.LocalName is "header" or "footer" && element.Closest("article") is null;
    }

    private static bool IsBanner(IElement block) =>
        block.QuerySelector("button, input[type=button], input[type=submit], [role=button]") is not null
        && block.TextContent.Trim().Length <= BannerText
        && block.QuerySelector("h1, h2, h3, table, ul, ol") is null;

    /// <summary>A list whose every item is only a link to this site, or a link without words (an icon): a menu, breadcrumbs, a share bar.</summary>
    private static bool IsLinkList(IElement list, IDocument document)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToArray();
        if (items.Length < 2)
        {
            return false;
        }

        return items.All(item =>
        {
            var links = item.QuerySelectorAll("a").ToArray();
            if (links.Length == 0)
            {
                return false;
            }

            var linkText = string.Concat(links.Select(a => a.TextContent)).Trim();
            var itemText = item.TextContent.Trim();
            var onlyLinks = itemText.Length <= linkText.Length + 3;
            return onlyLinks && links.All(a => linkText.Length == 0 || IsSameSite(a.GetAttribute("href"), document));
        });
    }

    private static bool IsSameSite(string? href, IDocument document)
    {
        if (string.IsNullOrWhiteSpace(href) || href.StartsWith('#') || href.StartsWith('/') || href.StartsWith("?", StringComparison.Ordinal))
        {
            return true;
        }

        if (!Uri.TryCreate(href, UriKind.Absolute, out var uri))
        {
            // Relative (e.g. "raport-2019/wspolpraca"): a page of this site.
            return !href.Contains(':', StringComparison.Ordinal);
        }

        var own = HtmlMetadata.CanonicalUrl(document);
        return own is not null && Uri.TryCreate(own, UriKind.Absolute, out var ownUri)
            && string.Equals(ownUri.Host, uri.Host, StringComparison.OrdinalIgnoreCase);
    }
}
