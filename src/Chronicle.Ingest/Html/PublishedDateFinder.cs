using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace Chronicle.Ingest.Html;

/// <summary>
/// The publication date of a page, from the most to the least explicit evidence: JSON-LD
/// datePublished, publication-date meta tags, itemprop=datePublished, &lt;time&gt; elements, the URL
/// (/2019/11/18/), a datePublished in the page's script data, and finally a date written in an element whose class or id says date or time.
/// Modification dates are not used: they say when a page changed, not when the story ran.
/// </summary>
internal static partial class PublishedDateFinder
{
    private static readonly string[] MetaNames =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article:published", "published_time",
        "datepublished", "pubdate", "publishdate", "publish-date", "publish_date", "publication_date", "publicationdate",
        "originalpublicationdate", "sailthru.date", "parsely-pub-date", "dc.date.issued", "dcterms.issued", "dc.date",
        "dcterms.date", "dcterms.created", "dc.date.created", "citation_publication_date", "citation_date", "rnews:datepublished",
        "article.published", "article_date_original", "cxenseparse:recs:publishtime", "date", "displaydate", "dateline", "og:pubdate",
    ];

    private static readonly string[] TextFormats =
    [
        "MMMM d, yyyy", "MMMM d yyyy", "MMM d, yyyy", "MMM d yyyy", "MMM. d, yyyy", "d MMMM yyyy", "d MMM yyyy", "d MMMM, yyyy",
        "dddd, MMMM d, yyyy", "dddd d MMMM yyyy", "ddd, MMM d, yyyy", "yyyy-MM-dd", "yyyy/MM/dd", "yyyy.MM.dd", "MM/dd/yyyy", "dd.MM.yyyy",
    ];

    public static DateOnly? Find(IDocument document, string? url, string? jsonLdDate)
    {
        if (Parse(jsonLdDate) is { } fromJsonLd) return fromJsonLd;
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var meta in document.QuerySelectorAll("meta[content]"))
        {
            var key = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop") ?? meta.GetAttribute("http-equiv");
            if (key is not null) metas.TryAdd(key.Trim(), meta.GetAttribute("content")!);
        }
        foreach (var name in MetaNames)
            if (metas.TryGetValue(name, out var value) && Parse(value) is { } fromMeta) return fromMeta;
        foreach (var e in document.QuerySelectorAll("[itemprop=datePublished],[itemprop=dateCreated]"))
            if (Parse(e.GetAttribute("datetime") ?? e.GetAttribute("content") ?? e.TextContent) is { } fromItemprop) return fromItemprop;
        var times = document.QuerySelectorAll("time").ToList();
        foreach (var time in times.Where(t => t.HasAttribute("pubdate") || Regex.IsMatch(BoilerplateRules.ClassAndId(t), "publish|posted|created", RegexOptions.IgnoreCase))
                     .Concat(times))
        {
            if (Regex.IsMatch(BoilerplateRules.ClassAndId(time), "updat|modif", RegexOptions.IgnoreCase)) continue;
            if (Parse(time.GetAttribute("datetime") ?? time.TextContent) is { } fromTime) return fromTime;
        }
        if (url is not null && FromUrl(url) is { } fromUrl) return fromUrl;
        foreach (var script in document.Scripts) // application state of script-rendered sites (e.g. __NEXT_DATA__)
        {
            var m = ScriptDatePublished().Match(script.Text);
            if (m.Success && Parse(m.Groups[1].Value) is { } fromScript) return fromScript;
        }
        foreach (var e in document.QuerySelectorAll("[class*=date],[class*=time],[class*=publish],[id*=date],[class*=posted],[class*=byline],[class*=meta]"))
        {
            var text = e.TextContent;
            if (text.Length > 200 || Regex.IsMatch(BoilerplateRules.ClassAndId(e), "updat|modif", RegexOptions.IgnoreCase)) continue;
            if (FindInText(text) is { } fromText) return fromText;
        }
        return null;
    }

    /// <summary>Parses an ISO 8601 timestamp, a date, or a date written out in English.</summary>
    public static DateOnly? Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        var s = value.Trim();
        var iso = IsoDate().Match(s);
        if (iso.Success && iso.Index == 0) return Plausible(iso.Groups[1].Value, iso.Groups[2].Value, iso.Groups[3].Value);
        if (s.Length is 10 or 13 && s.All(char.IsAsciiDigit) && long.TryParse(s, out var epoch))
        {
            var instant = s.Length == 13 ? DateTimeOffset.FromUnixTimeMilliseconds(epoch) : DateTimeOffset.FromUnixTimeSeconds(epoch);
            return Check(DateOnly.FromDateTime(instant.UtcDateTime));
        }
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            return Check(DateOnly.FromDateTime(parsed.DateTime));
        return FindInText(s);
    }

    /// <summary>The first written-out date in a short text ("Posted November 18, 2019 at 5pm").</summary>
    public static DateOnly? FindInText(string text)
    {
        foreach (Match m in WrittenDate().Matches(text))
        {
            var candidate = Weekday().Replace(m.Value, "").Replace("Sept.", "Sep.").Replace("Sept ", "Sep ").TrimEnd(',', '.');
            if (DateTime.TryParseExact(candidate, TextFormats, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var d))
                return Check(DateOnly.FromDateTime(d));
        }
        return null;
    }

    public static DateOnly? FromUrl(string url)
    {
        var m = UrlDate().Match(url);
        return m.Success ? Plausible(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value) : null;
    }

    private static DateOnly? Plausible(string year, string month, string day) =>
        // \d also matches other scripts' digits, which int.TryParse refuses; year 0000 would make DateOnly throw
        int.TryParse(year, out int y) && int.TryParse(month, out int mo) && int.TryParse(day, out int d)
        && y is >= 1 and <= 9999 && mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo)
            ? Check(new DateOnly(y, mo, d)) : null;

    private static DateOnly? Check(DateOnly date) => date.Year is >= 1990 and <= 2100 ? date : null;

    [GeneratedRegex(@"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+")]
    private static partial Regex Weekday();

    [GeneratedRegex(@"""(?:datePublished|publishedDate|publish_date|pubDate)""\s*:\s*""(\d{4}-\d{2}-\d{2})")]
    private static partial Regex ScriptDatePublished();

    [GeneratedRegex(@"^(\d{4})-(\d{2})-(\d{2})")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"/((?:19|20)\d{2})[/-]?(\d{2})[/-]?(\d{2})(?:[/_.-]|$)")]
    private static partial Regex UrlDate();

    [GeneratedRegex(@"(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+)?(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{4}|\d{4}[-/.]\d{2}[-/.]\d{2}|\d{2}/\d{2}/\d{4}|\d{2}\.\d{2}\.\d{4})")]
    private static partial Regex WrittenDate();
}
