using AngleSharp.Dom;

namespace PoznanAsk.Knowledge.Reading;

/// <summary>What a saved page says about itself: its canonical address and its title.</summary>
internal static class HtmlMetadata
{
    /// <summary><c>link rel=canonical</c>, else <c>og:url</c>; only absolute http(s) addresses.</summary>
    public static string? CanonicalUrl(IDocument document)
    {
        var candidates = new[]
        {
            document.QuerySelector("link[rel~=canonical]")?.GetAttribute("href"),
            document.QuerySelector("meta[property='og:url']")?.GetAttribute("content"),
        };
        return candidates.Select(c => c?.Trim()).FirstOrDefault(c =>
            Uri.TryCreate(c, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
    }

    /// <summary><c>og:title</c>, else <c>&lt;title&gt;</c>, else the first <c>h1</c>; white space collapsed.</summary>
    public static string? Title(IDocument document)
    {
        var candidates = new[]
        {
            document.QuerySelector("meta[property='og:title']")?.GetAttribute("content"),
            document.Title,
            document.QuerySelector("h1")?.TextContent,
        };
        return candidates.Select(c => c is null ? null : HtmlReader.Collapse(c)).FirstOrDefault(c => !string.IsNullOrEmpty(c));
    }
}
