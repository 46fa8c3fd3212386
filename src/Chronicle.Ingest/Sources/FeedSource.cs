using System.ServiceModel.Syndication;
using System.Xml;
using Chronicle.Ingest.Html;
using Chronicle.Input;

namespace Chronicle.Ingest.Sources;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds (System.ServiceModel.Syndication) into items. An item that
/// carries its full article (content:encoded, Atom content) is used as it is; an item with only a
/// description (a teaser) is fetched from its link when fetching is allowed, and otherwise its summary is used.
/// Dates that are not RFC 822 / RFC 3339 (common in real feeds) are read leniently instead of
/// failing the whole feed.
/// </summary>
public static class FeedSource
{
    private const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

    public static bool LooksLikeFeed(string text)
    {
        var head = text.AsSpan(0, Math.Min(text.Length, 1024)).TrimStart();
        if (head.IsEmpty || head[0] != '<') return false;
        return head.Contains("<rss", StringComparison.OrdinalIgnoreCase) || head.Contains("<feed", StringComparison.OrdinalIgnoreCase)
               || head.Contains("<rdf:RDF", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Parses the feed; throws <see cref="InputException"/> when it is not XML or not a feed.</summary>
    public static IReadOnlyList<IngestItem> Read(string input, string xml, Func<string, IngestItem>? fetchLink)
    {
        SyndicationFeed feed;
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            reader.MoveToContent();
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = LenientDate };
            if (!formatter.CanRead(reader)) formatter = new Atom10FeedFormatter { DateTimeParser = LenientDate };
            if (!formatter.CanRead(reader)) throw new InputException(input, $"XML but not an RSS 2.0 or Atom feed (root element <{reader.Name}>)");
            formatter.ReadFrom(reader);
            feed = formatter.Feed;
        }
        catch (XmlException e)
        {
            throw new InputException(input, $"not a valid RSS/Atom feed (XML error: {e.Message.TrimEnd('.')})");
        }
        catch (Exception e) when (e is NotSupportedException or FormatException or ArgumentException)
        {
            throw new InputException(input, $"not a valid RSS/Atom feed ({e.Message.TrimEnd('.')})");
        }
        var source = feed.Title?.Text;
        var items = new List<IngestItem>();
        int index = 0;
        foreach (var entry in feed.Items)
        {
            index++;
            var link = entry.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
            var id = entry.Id ?? link ?? $"{input}#{index}";
            var where = $"{input} item {index}";
            var content = FullContent(entry);
            if (content is null && link is not null && fetchLink is not null && PageFetcher.IsUrl(link))
            {
                items.Add(fetchLink(link) with { Id = id, Url = link, Source = source, Title = entry.Title?.Text, Published = DateOf(entry) });
                continue;
            }
            content ??= entry.Summary?.Text;
            if (string.IsNullOrWhiteSpace(content))
            {
                items.Add(IngestItem.Failed(id, where, "feed item has no content, and its link was not fetched"));
                continue;
            }
            items.Add(new IngestItem(id, where)
            {
                Content = content, IsHtml = true, Title = entry.Title?.Text, Url = link, Source = source, Published = DateOf(entry),
            });
        }
        return items;
    }

    private static string? FullContent(SyndicationItem entry)
    {
        var encoded = entry.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule).FirstOrDefault();
        if (!string.IsNullOrWhiteSpace(encoded)) return encoded;
        return entry.Content is TextSyndicationContent text && !string.IsNullOrWhiteSpace(text.Text) ? text.Text : null;
    }

    private static DateOnly? DateOf(SyndicationItem entry)
    {
        var date = entry.PublishDate != default ? entry.PublishDate : entry.LastUpdatedTime;
        return date == default ? null : DateOnly.FromDateTime(date.DateTime);
    }

    private static bool LenientDate(XmlDateTimeData data, out DateTimeOffset value)
    {
        if (DateTimeOffset.TryParse(data.DateTimeString, System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.AssumeUniversal, out value)) return true;
        var date = PublishedDateFinder.Parse(RemoveZoneName(data.DateTimeString));
        value = date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : default;
        return true;
    }

    /// <summary>"Mon, 18 Nov 2019 10:00:00 EST" -> without the zone name .NET cannot parse.</summary>
    private static string RemoveZoneName(string s)
    {
        int space = s.LastIndexOf(' ');
        return space > 0 && s[(space + 1)..].All(char.IsAsciiLetterUpper) ? s[..space] : s;
    }
}
