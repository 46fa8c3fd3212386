using System.Xml;
using System.Xml.Linq;

namespace Chronicle.Ingest.Sources;

/// <summary>
/// RSS 1.0 (RDF Site Summary), which System.ServiceModel.Syndication does not read: an
/// <c>rdf:RDF</c> root holding one <c>channel</c> and the <c>item</c>s beside it, each with title, link,
/// description, optional content:encoded and Dublin Core date; the item's <c>rdf:about</c> is its id.
/// </summary>
internal static class Rss10Feed
{
    private static readonly XNamespace Rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
    private static readonly XNamespace Rss = "http://purl.org/rss/1.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";
    private static readonly XNamespace Content = FeedSource.ContentModule;

    /// <summary>Whether the reader (on the root element) is at an RSS 1.0 document.</summary>
    public static bool CanRead(XmlReader reader) => reader.LocalName == "RDF" && reader.NamespaceURI == Rdf.NamespaceName;

    public static (string? Title, List<FeedEntry> Entries) Read(XmlReader reader)
    {
        var root = XElement.Load(reader);
        var title = Text(root.Element(Rss + "channel")?.Element(Rss + "title"));
        var entries = new List<FeedEntry>();
        foreach (var item in root.Elements(Rss + "item"))
        {
            var link = Text(item.Element(Rss + "link"));
            var date = FeedDates.Parse(Text(item.Element(Dc + "date")));
            entries.Add(new FeedEntry(
                Id: (string?)item.Attribute(Rdf + "about") ?? link,
                Link: link,
                Title: Text(item.Element(Rss + "title")),
                Published: date is { } d ? FeedDates.DateOf(d) : null,
                Content: Field(item.Element(Content + "encoded"), "html"), // content:encoded is HTML by definition
                Summary: Field(item.Element(Rss + "description"), null)));
        }
        return (title, entries);
    }

    private static string? Text(XElement? element) => element?.Value.Trim() is { Length: > 0 } text ? text : null;

    private static FeedField? Field(XElement? element, string? type) => element is null ? null : new FeedField(element.Value, type);
}
