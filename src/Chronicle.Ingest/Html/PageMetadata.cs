using AngleSharp.Dom;

namespace Chronicle.Ingest.Html;

/// <summary>Title, author, site name and canonical URL of a page, from Open Graph and other meta
/// tags, JSON-LD, and the visible headline.</summary>
internal static class PageMetadata
{
    public static string? Meta(IDocument document, params string[] keys)
    {
        foreach (var key in keys)
        {
            var e = document.QuerySelector($"meta[property='{key}'][content],meta[name='{key}'][content]");
            var value = e?.GetAttribute("content");
            if (!string.IsNullOrWhiteSpace(value)) return DomText.Collapse(value);
        }
        return null;
    }

    public static string? Title(IDocument document, JsonLdMetadata jsonLd, string? site)
    {
        var candidate = Meta(document, "og:title", "twitter:title") ?? jsonLd.Headline;
        var h1s = document.QuerySelectorAll("h1").Select(h => DomText.Collapse(h.TextContent)).Where(t => t.Length > 0).ToList();
        if (candidate is null && h1s.Count == 1) candidate = h1s[0];
        candidate ??= document.Title is { Length: > 0 } t ? DomText.Collapse(t) : h1s.FirstOrDefault();
        return candidate is null ? null : WithoutSiteSuffix(candidate, site);
    }

    /// <summary>"Story headline | The Site" -> "Story headline" when the tail names the site or is short.</summary>
    private static string WithoutSiteSuffix(string title, string? site)
    {
        foreach (var separator in new[] { " | ", " - ", " – ", " — ", " :: ", " · " })
        {
            int cut = title.LastIndexOf(separator, StringComparison.Ordinal);
            if (cut <= 0) continue;
            var tail = title[(cut + separator.Length)..];
            bool namesSite = site is not null && tail.Contains(site, StringComparison.OrdinalIgnoreCase);
            if (namesSite || (tail.Split(' ').Length <= 3 && cut > 20)) return title[..cut].Trim();
        }
        return title;
    }

    public static string? Author(IDocument document, JsonLdMetadata jsonLd)
    {
        var meta = Meta(document, "author", "article:author", "parsely-author", "sailthru.author", "dc.creator", "byl");
        if (meta is not null && !meta.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return StripBy(meta);
        if (jsonLd.Author is { } fromJsonLd && !fromJsonLd.StartsWith("http", StringComparison.OrdinalIgnoreCase)) return fromJsonLd;
        var element = document.QuerySelector("[itemprop=author] [itemprop=name],[itemprop=author],[rel=author],.author-name,.byline__name,.byline");
        if (element is null) return null;
        var text = DomText.Collapse(element.GetAttribute("content") ?? element.TextContent);
        return text.Length is > 0 and < 100 ? StripBy(text) : null;
    }

    private static string StripBy(string s) => s.StartsWith("By ", StringComparison.OrdinalIgnoreCase) ? s[3..].Trim() : s;

    public static string? Site(IDocument document, JsonLdMetadata jsonLd, string? url)
    {
        var name = Meta(document, "og:site_name", "application-name", "twitter:site") ?? jsonLd.Publisher;
        if (name is not null) return name.TrimStart('@');
        return url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.StartsWith("www.") ? uri.Host[4..] : uri.Host : null;
    }

    public static string? CanonicalUrl(IDocument document) =>
        document.QuerySelector("link[rel=canonical][href]")?.GetAttribute("href") is { } href && href.StartsWith("http", StringComparison.OrdinalIgnoreCase)
            ? href : Meta(document, "og:url");
}
