using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Chronicle.Ingest.Html;

/// <summary>What page furniture looks like: tags that never hold article text, and class/id
/// words that mark navigation, sharing, comments, advertising and the like (after Readability's
/// lists, extended with words seen on news sites).</summary>
internal static partial class BoilerplateRules
{
    /// <summary>Elements that hold no readable text at all (code, media, form controls): removed from
    /// pages and from article bodies alike.</summary>
    public static readonly string[] NonTextTags =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "canvas", "object", "embed", "video", "audio",
        "button", "input", "select", "textarea", "option", "link", "meta",
    ];

    /// <summary>Elements removed from a page before anything is measured: the non-text ones and the
    /// page's navigation and side furniture.</summary>
    public static readonly string[] JunkTags = [.. NonTextTags, "nav", "aside", "footer", "dialog", "menu"];

    [GeneratedRegex(@"-ad-|\bads?\b|ad-?slot|advert|agegate|ai2html|banner|breadcrumb|combx|comment|community|cookie|cover-wrap|disqus|" +
                    @"\bextra\b|footer|gdpr|legends|menu|modal|newsletter|outbrain|pager\b|pagination|paywall|popup|promo|related|remark|" +
                    @"replies|rss|share|sharing|shoutbox|sidebar|signup|skyscraper|social|sponsor|subscri|supplemental|taboola|" +
                    @"toolbar|yom-remote|most-?popular|trending|recirc|read-?more|more-?stories|jump-?link|visually-?hidden|sr-only|screen-?reader",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Unlikely();

    [GeneratedRegex(@"and|article|body|column|content|main|shadow|story|entry|post-?text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex MaybeCandidate();

    [GeneratedRegex(@"article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Positive();

    [GeneratedRegex(@"-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|" +
                    @"outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|byline|author|" +
                    @"caption|credit|newsletter|subscri|recommend|nav|social",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex Negative();

    /// <summary>Picture captions and credits, bylines and datelines: text about the article, not of it.</summary>
    [GeneratedRegex(@"caption|credit|byline|dateline|timestamp|published|updated|author-?info|article-?meta|post-?meta", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex CaptionOrByline();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    public static partial Regex HiddenStyle();

    public static string ClassAndId(IElement e) => (e.ClassName ?? "") + " " + (e.Id ?? "");

    /// <summary>Class/id weight as in Readability: +25 for article words, -25 for furniture words.</summary>
    public static int ClassWeight(IElement e)
    {
        int weight = 0;
        var cls = e.ClassName;
        if (!string.IsNullOrEmpty(cls))
        {
            if (Negative().IsMatch(cls)) weight -= 25;
            if (Positive().IsMatch(cls)) weight += 25;
        }
        var id = e.Id;
        if (!string.IsNullOrEmpty(id))
        {
            if (Negative().IsMatch(id)) weight -= 25;
            if (Positive().IsMatch(id)) weight += 25;
        }
        return weight;
    }

    public static bool IsHidden(IElement e) =>
        e.HasAttribute("hidden") || (e.GetAttribute("style") is { } style && HiddenStyle().IsMatch(style)) ||
        string.Equals(e.GetAttribute("aria-hidden"), "true", StringComparison.OrdinalIgnoreCase) && e.TextContent.Length < 200;
}
