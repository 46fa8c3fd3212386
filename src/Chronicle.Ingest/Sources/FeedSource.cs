using System.ServiceModel.Syndication;
using System.Xml;
using Chronicle.Input;

namespace Chronicle.Ingest.Sources;

/// <summary>
/// Reads RSS 2.0 and Atom 1.0 feeds (System.ServiceModel.Syndication) and RSS 1.0 (<see cref="Rss10Feed"/>)
/// into items. An item that carries its full article (content:encoded, Atom content) is used as it is; an
/// item with only a description or summary is fetched from its link when fetching is allowed, and its own
/// text is used when fetching is off or fails (<see cref="IngestItem.TextSource"/> says which). Dates that
/// are not RFC 822 / RFC 3339 (common in real feeds) are read leniently instead of failing the whole feed.
/// </summary>
public static class FeedSource
{
    internal const string ContentModule = "http://purl.org/rss/1.0/modules/content/";

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
        var (source, entries) = Parse(input, xml);
        var ownText = new FeedItemText();
        var items = new List<IngestItem>(entries.Count);
        int index = 0;
        foreach (var entry in entries)
        {
            index++;
            var item = new IngestItem(entry.Id ?? entry.Link ?? $"{input}#{index}", $"{input} item {index}")
            {
                Title = entry.Title, Url = entry.Link, Source = source, Published = entry.Published,
            };
            items.Add(Resolve(item, ownText.Of(entry), fetchLink));
        }
        return items;
    }

    /// <summary>The item with its text: the feed's full content; else the linked page, with the feed's
    /// summary as its fallback; else the summary alone.</summary>
    private static IngestItem Resolve(IngestItem item, (string Text, string Source)? own, Func<string, IngestItem>? fetchLink)
    {
        var itself = own is { } o ? item with { Content = o.Text, TextSource = o.Source } : null;
        if (itself?.TextSource == TextSources.FeedContent) return itself;
        if (item.Url is not { } link || !PageFetcher.IsUrl(link))
            return itself ?? IngestItem.Failed(item.Id, item.Input, "feed item has no text and no link to an article page");
        if (fetchLink is null)
            return itself ?? IngestItem.Failed(item.Id, item.Input, "feed item has no text, and its link was not fetched (--no-fetch)");
        var page = fetchLink(link);
        if (page.Error is not null)
            return itself ?? IngestItem.Failed(item.Id, page.Input, $"{page.Error}; the feed item has no text of its own");
        return page with
        {
            Id = item.Id, Url = link, Source = item.Source, Title = item.Title, Published = item.Published,
            TextSource = TextSources.Page, Fallback = itself,
        };
    }

    private static (string? Title, IReadOnlyList<FeedEntry> Entries) Parse(string input, string xml)
    {
        try
        {
            using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null });
            reader.MoveToContent();
            if (Rss10Feed.CanRead(reader)) return Rss10Feed.Read(reader);
            SyndicationFeedFormatter formatter = new Rss20FeedFormatter { DateTimeParser = FeedDates.Lenient };
            if (!formatter.CanRead(reader)) formatter = new Atom10FeedFormatter { DateTimeParser = FeedDates.Lenient };
            if (!formatter.CanRead(reader))
                throw new InputException(input, $"XML but not an RSS 2.0, RSS 1.0 or Atom feed (root element <{reader.Name}>)");
            formatter.ReadFrom(reader);
            return (formatter.Feed.Title?.Text, formatter.Feed.Items.Select(EntryOf).ToList());
        }
        catch (XmlException e)
        {
            throw new InputException(input, $"not a valid RSS/Atom feed (XML error: {e.Message.TrimEnd('.')})");
        }
        catch (Exception e) when (e is NotSupportedException or FormatException or ArgumentException)
        {
            throw new InputException(input, $"not a valid RSS/Atom feed ({e.Message.TrimEnd('.')})");
        }
    }

    private static FeedEntry EntryOf(SyndicationItem entry)
    {
        var link = entry.Links.FirstOrDefault(l => l.RelationshipType is null or "alternate")?.Uri?.ToString();
        var encoded = entry.ElementExtensions.ReadElementExtensions<string>("encoded", ContentModule).FirstOrDefault();
        // content:encoded is HTML by definition; Atom declares its content's type (an out-of-line src has no text here).
        var content = !string.IsNullOrWhiteSpace(encoded) ? new FeedField(encoded, "html")
            : entry.Content is TextSyndicationContent text ? new FeedField(text.Text, text.Type) : null;
        // RSS 2.0 declares no type for a description (the formatter says "text" for every one): markup decides.
        var summary = entry.Summary is { } s ? new FeedField(s.Text, s.Type) : null;
        var date = entry.PublishDate != default ? entry.PublishDate : entry.LastUpdatedTime;
        return new FeedEntry(entry.Id, link, entry.Title?.Text, FeedDates.DateOf(date), content, summary);
    }
}
